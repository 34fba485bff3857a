package dk.samspil.nationalassociation.forum.web;

import dk.samspil.contracts.Topics;
import dk.samspil.platform.security.Caller;
import dk.samspil.platform.security.OrganisationType;
import dk.samspil.platform.security.Role;
import dk.samspil.platform.testing.ServiceApiTest;
import dk.samspil.platform.testing.TestCallers;
import dk.samspil.platform.testing.TestMongoServer;
import dk.samspil.platform.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A forum that shows its coordinators' contact names is recorded as read; the auditor sees who read it and why. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 3, topics = Topics.NATIONAL_ASSOCIATION_FORUMS)
class ForumAuditIntegrationTest extends ServiceApiTest {

    private static final String FORUMS = "/api/national/forums";
    private static final Caller SECRETARIAT = TestCallers.nationalSecretariat();
    private static final Caller BOARD = new Caller("bestyrelse", OrganisationType.NATIONAL_ASSOCIATION,
            TestCallers.NATIONAL_ASSOCIATION, Set.of(Role.NATIONAL_BOARD));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabaseUrl("national_association_audit"));
        registry.add("spring.mongodb.uri", () -> TestMongoServer.uri("national-association-audit-test"));
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

    @Test
    void a_forum_read_with_its_coordinators_names_is_recorded_and_one_without_names_or_the_list_is_not() throws Exception {
        caller = SECRETARIAT;
        String forumId = establish("Fagforum for forældresamarbejde");
        String withoutNames = establish("Fagforum for digital dannelse");
        HttpResponse<String> appointed = post(FORUMS + "/" + forumId + "/coordinators", "{\"role\": \"SSP-konsulent\","
                + " \"municipalityCode\": \"0259\", \"honorarium\": 25000, \"contactName\": \"Mette Hansen\"}");
        assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(15)).until(() -> read(get(FORUMS + "/" + forumId).body())
                .findValuesAsString("contactName").contains("Mette Hansen"));

        caller = BOARD;
        HttpResponse<String> read = send(authorised(FORUMS + "/" + forumId)
                .header("Samspil-Purpose", "Bestyrelsens godkendelse af honorarer").GET().build());
        assertThat(read(read.body()).findValuesAsString("contactName")).containsExactly("Mette Hansen");
        assertThat(get(FORUMS + "/" + withoutNames).statusCode()).isEqualTo(200);
        assertThat(get(FORUMS).statusCode()).isEqualTo(200);

        caller = TestCallers.withoutOrganisation(Role.AUDITOR);
        JsonNode entries = read(get("/api/audit?subject=" + forumId).body()).get("entries");
        assertThat(entries.findValuesAsString("what")).containsExactly("ForumEstablishedEvent", "CoordinatorAppointedEvent",
                "forum: GET " + FORUMS + "/" + forumId, "forum: GET " + FORUMS + "/" + forumId);
        assertThat(entries.findValuesAsString("service")).containsOnly("national-association");
        JsonNode secretariatRead = entries.get(2);
        assertThat(secretariatRead.get("actorId").asString()).isEqualTo(SECRETARIAT.subject());
        assertThat(secretariatRead.get("purpose").asString()).isEqualTo("Visning af forum med koordinatorernes kontaktnavne");
        JsonNode boardRead = entries.get(3);
        assertThat(boardRead.get("actorId").asString()).isEqualTo(BOARD.subject());
        assertThat(boardRead.get("actorOrganisation").asString()).isEqualTo("NATIONAL_ASSOCIATION:" + TestCallers.NATIONAL_ASSOCIATION);
        assertThat(boardRead.get("purpose").asString()).isEqualTo("Bestyrelsens godkendelse af honorarer");

        assertThat(read(get("/api/audit?subject=" + withoutNames).body()).get("entries").findValuesAsString("action"))
                .containsExactly("change");
        assertThat(jdbc.queryForList("select subject_type from audit_read where actor_id <> ?", String.class,
                "auditor")).containsOnly("forum").hasSize(2);
    }

    private String establish(String name) throws Exception {
        HttpResponse<String> established = post(FORUMS, "{\"kind\": \"PROFESSIONAL_FORUM\", \"name\": \"" + name + "\","
                + " \"mandate\": \"Deler viden på tværs af kredse\"}");
        assertThat(established.statusCode()).as(established.body()).isEqualTo(201);
        return read(established.body()).get("forumId").asString();
    }
}
