package dk.samspil.platform.audit;

import dk.samspil.platform.testing.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A subject's history from the audit store and the event store of one service, on a real PostgreSQL. */
class AuditLogTest {

    private static final String SUBJECT = "initiativ-1";
    private static final Instant REGISTERED = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant READ = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant SUBMITTED = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

    private JdbcTemplate jdbc;
    private AuditLog log;

    @BeforeEach
    void freshDatabase() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(TestPostgres.freshDatabaseUrl("audit_log"));
        Flyway.configure().dataSource(dataSource).locations("classpath:db/axon", "classpath:db/audit").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        log = new AuditLog(jdbc, "municipality", true);
        change(SUBJECT, 0, REGISTERED, "dk.samspil.municipality.initiative.command.InitiativeRegisteredEvent",
                "{\"actorId\":\"ssp_consultant-0336\",\"actorOrganisation\":\"MUNICIPALITY:0336\",\"requestCorrelationId\":\"k-1\"}");
        change(SUBJECT, 1, SUBMITTED, "dk.samspil.municipality.initiative.command.InitiativeSubmittedEvent",
                "{\"actorId\":\"ssp_consultant-0336\",\"traceId\":\"axon\"}");
        change("initiativ-2", 0, READ, "dk.samspil.municipality.initiative.command.InitiativeRegisteredEvent", "{}");
        read(SUBJECT, READ, "kreds-1467");
        read("initiativ-2", READ, "kreds-1467");
    }

    @Test
    void reads_and_changes_of_the_subject_come_in_order_of_time_with_who_and_which_request() {
        AuditHistory history = log.history(SUBJECT, Instant.EPOCH, LATER);

        assertThat(history.subject()).isEqualTo(SUBJECT);
        assertThat(history.truncated()).isFalse();
        assertThat(history.entries()).containsExactly(
                new AuditEntry(REGISTERED, "municipality", "change", "InitiativeRegisteredEvent", "ssp_consultant-0336",
                        "MUNICIPALITY:0336", null, "k-1"),
                new AuditEntry(READ, "municipality", "read", "initiative: GET /api/municipalities/0336/initiatives/" + SUBJECT,
                        "kreds-1467", "DISTRICT_COUNCIL:1467", "Forberedelse af kredsrådsmøde", "korrelation-" + SUBJECT),
                new AuditEntry(SUBMITTED, "municipality", "change", "InitiativeSubmittedEvent", "ssp_consultant-0336",
                        null, null, null));
    }

    @Test
    void from_and_to_are_inclusive() {
        assertThat(log.history(SUBJECT, READ, SUBMITTED).entries()).extracting(AuditEntry::at).containsExactly(READ, SUBMITTED);
        assertThat(log.history(SUBJECT, REGISTERED, READ).entries()).extracting(AuditEntry::at).containsExactly(REGISTERED, READ);
        assertThat(log.history(SUBJECT, SUBMITTED.plusMillis(1), LATER).entries()).isEmpty();
    }

    @Test
    void at_most_1000_entries_the_oldest_first_and_truncated_says_there_were_more() {
        jdbc.update("""
                insert into audit_read (at, service, subject_type, subject_id, actor_id, purpose)
                select ?::timestamptz + make_interval(secs => n), 'municipality', 'initiative', ?, 'kreds-1467', 'Oversigt'
                from generate_series(1, 997) as n""", Timestamp.from(SUBMITTED), SUBJECT);

        AuditHistory exactlyFull = log.history(SUBJECT, Instant.EPOCH, LATER);
        assertThat(exactlyFull.entries()).hasSize(1000);
        assertThat(exactlyFull.truncated()).isFalse();

        read(SUBJECT, LATER.minusSeconds(1), "kreds-1467");
        AuditHistory truncated = log.history(SUBJECT, Instant.EPOCH, LATER);
        assertThat(truncated.entries()).hasSize(1000);
        assertThat(truncated.truncated()).isTrue();
        assertThat(truncated.entries().get(0).at()).isEqualTo(REGISTERED);
        assertThat(truncated.entries()).extracting(AuditEntry::at).isSorted().doesNotContain(LATER.minusSeconds(1));
    }

    @Test
    void a_service_without_an_event_store_answers_with_its_reads() {
        AuditLog readsOnly = new AuditLog(jdbc, "local-council", false);

        assertThat(readsOnly.history(SUBJECT, Instant.EPOCH, LATER).entries()).extracting(AuditEntry::action)
                .containsExactly("read");
    }

    /** As Axon's JDBC event store writes it: the timestamp an ISO string with milliseconds, the metadata JSON. */
    private void change(String aggregate, long sequence, Instant at, String payloadType, String metadata) {
        jdbc.update("insert into domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, "
                        + "payload, payloadtype, timestamp) values (?, ?, 'Initiative', ?, ?, ?, ?, ?)",
                aggregate, sequence, UUID.randomUUID().toString(), metadata.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8), payloadType, at.toString().replace("Z", ".000Z"));
    }

    private void read(String subject, Instant at, String actor) {
        jdbc.update("insert into audit_read (at, service, subject_type, subject_id, actor_id, actor_organisation, purpose, "
                        + "correlation_id, request) values (?, 'municipality', 'initiative', ?, ?, 'DISTRICT_COUNCIL:1467', "
                        + "'Forberedelse af kredsrådsmøde', ?, ?)",
                Timestamp.from(at), subject, actor, "korrelation-" + subject,
                "GET /api/municipalities/0336/initiatives/" + subject);
    }
}
