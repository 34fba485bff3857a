package dk.samspil.platform.audit;

import dk.samspil.platform.provenance.RequestProvenanceFilter;
import dk.samspil.platform.testing.TestPostgres;
import dk.samspil.platform.web.ApiProblem;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit trail against a real PostgreSQL: what a read leaves behind, and that nothing can take it away. */
class AuditTrailTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:15:30.123456Z");
    private static final String DEFAULT_PURPOSE = "Visning af initiativ med tovholderens kontaktdata";
    private static final String PATH = "/api/municipalities/0336/initiatives/initiativ-1";

    private JdbcTemplate jdbc;
    private AuditTrail trail;
    private MockHttpServletRequest request;

    @BeforeEach
    void freshDatabase() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(TestPostgres.freshDatabaseUrl("audit_trail"));
        Flyway.configure().dataSource(dataSource).locations("classpath:db/audit").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        trail = new AuditTrail(jdbc, "municipality", Clock.fixed(NOW, ZoneOffset.UTC));
        request = new MockHttpServletRequest("GET", PATH);
        request.setAttribute(RequestProvenanceFilter.CORRELATION_ID, "korrelation-1");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        signedIn("kreds-1467", "DISTRICT_COUNCIL", "1467", "DISTRICT_COUNCIL_MEMBER");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void a_read_names_who_when_which_request_and_the_endpoint_s_purpose() {
        trail.recordRead("initiative", "initiativ-1", DEFAULT_PURPOSE);

        assertThat(rows()).singleElement().satisfies(row -> {
            assertThat(((Timestamp) row.get("at")).toInstant()).isEqualTo(NOW);
            assertThat(row).containsEntry("service", "municipality")
                    .containsEntry("subject_type", "initiative")
                    .containsEntry("subject_id", "initiativ-1")
                    .containsEntry("actor_id", "kreds-1467")
                    .containsEntry("actor_organisation", "DISTRICT_COUNCIL:1467")
                    .containsEntry("purpose", DEFAULT_PURPOSE)
                    .containsEntry("correlation_id", "korrelation-1")
                    .containsEntry("request", "GET " + PATH);
        });
    }

    @Test
    void the_caller_s_purpose_is_kept_trimmed_without_control_characters_and_at_most_200_characters() {
        request.addHeader(AuditTrail.PURPOSE_HEADER, "  Forberedelse\t af\u0007 kredsrådsmøde\u202E  ");
        trail.recordRead("initiative", "initiativ-1", DEFAULT_PURPOSE);

        assertThat(rows()).extracting(row -> row.get("purpose")).containsExactly("Forberedelse af kredsrådsmøde");
        assertThat(AuditTrail.purpose(" " + "æ".repeat(250) + " ", DEFAULT_PURPOSE)).isEqualTo("æ".repeat(200));
        assertThat(AuditTrail.purpose(" \t\u0000 ", DEFAULT_PURPOSE)).as("nothing readable").isEqualTo(DEFAULT_PURPOSE);
        assertThat(AuditTrail.purpose(null, DEFAULT_PURPOSE)).isEqualTo(DEFAULT_PURPOSE);
    }

    @Test
    void a_purpose_sent_as_utf_8_reads_as_written_and_one_sent_as_iso_8859_1_too() {
        String utf8AsTheContainerReadsIt = new String("Opfølgning på bekymring".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1);

        assertThat(AuditTrail.purpose(utf8AsTheContainerReadsIt, DEFAULT_PURPOSE)).isEqualTo("Opfølgning på bekymring");
        assertThat(AuditTrail.purpose("Opfølgning på bekymring", DEFAULT_PURPOSE)).isEqualTo("Opfølgning på bekymring");
    }

    @Test
    void a_list_is_one_row_per_subject_in_one_write_and_an_empty_list_writes_nothing() {
        trail.recordReads("initiative", List.of(), DEFAULT_PURPOSE);
        assertThat(rows()).isEmpty();

        trail.recordReads("initiative", List.of("initiativ-1", "initiativ-2", "initiativ-3"), "Oversigt");

        assertThat(rows()).extracting(row -> row.get("subject_id"))
                .containsExactlyInAnyOrder("initiativ-1", "initiativ-2", "initiativ-3");
        assertThat(rows()).allSatisfy(row -> assertThat(row).containsEntry("purpose", "Oversigt")
                .containsEntry("actor_id", "kreds-1467").containsEntry("correlation_id", "korrelation-1"));
    }

    @Test
    void a_read_without_a_caller_is_refused_and_nothing_is_written() {
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> trail.recordRead("initiative", "initiativ-1", DEFAULT_PURPOSE))
                .isInstanceOf(IllegalStateException.class);
        assertThat(rows()).isEmpty();
    }

    @Test
    void a_read_that_cannot_be_written_fails_with_503() {
        DriverManagerDataSource withoutTable = new DriverManagerDataSource(TestPostgres.freshDatabaseUrl("audit_trail_missing"));
        AuditTrail broken = new AuditTrail(new JdbcTemplate(withoutTable), "municipality", Clock.systemUTC());

        assertThatThrownBy(() -> broken.recordRead("initiative", "initiativ-1", DEFAULT_PURPOSE))
                .isInstanceOfSatisfying(ApiProblem.class, problem ->
                        assertThat(problem.toProblemDetail().getStatus()).isEqualTo(503))
                .hasCauseInstanceOf(DataAccessException.class);
    }

    @Test
    void the_database_refuses_update_delete_and_truncate() {
        trail.recordRead("initiative", "initiativ-1", DEFAULT_PURPOSE);

        assertThatThrownBy(() -> jdbc.update("update audit_read set purpose = 'ændret', actor_id = 'en anden'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_read"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_read"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_read where subject_id = 'findes ikke'"))
                .as("refused even when no row matches").isInstanceOf(DataAccessException.class);

        assertThat(rows()).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("purpose", DEFAULT_PURPOSE).containsEntry("actor_id", "kreds-1467"));
    }

    private List<Map<String, Object>> rows() {
        return jdbc.queryForList("select * from audit_read order by id");
    }

    private static void signedIn(String subject, String organisationType, String organisationCode, String role) {
        Jwt token = Jwt.withTokenValue("token").header("alg", "RS256").subject(subject)
                .claim("org_type", organisationType).claim("org_code", organisationCode).claim("roles", List.of(role))
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token));
    }
}
