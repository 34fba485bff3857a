package dk.samspil.municipality.similar.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.events.MalformedEventException;
import dk.samspil.contracts.municipality.FundingPoolOpened;
import dk.samspil.contracts.municipality.InitiativeActivated;
import dk.samspil.contracts.municipality.InitiativeRejected;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.InitiativeWithdrawn;
import dk.samspil.contracts.municipality.KnowledgeBasedMethod;
import dk.samspil.contracts.municipality.TargetGroup;
import dk.samspil.municipality.similar.SimilarInitiativeEvents.Application;
import dk.samspil.platform.testing.TestMongoServer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dk.samspil.contracts.municipality.InitiativeStatus.DRAFT;
import static dk.samspil.contracts.municipality.InitiativeStatus.SUBMITTED;
import static dk.samspil.contracts.municipality.KnowledgeBasedMethod.PEER_TO_PEER;
import static dk.samspil.contracts.municipality.KnowledgeBasedMethod.SOCIAL_NORMS;
import static dk.samspil.contracts.municipality.TargetGroup.CHILDREN_AND_YOUNG_PEOPLE;
import static dk.samspil.contracts.municipality.TargetGroup.PARENTS_AND_FAMILY;
import static dk.samspil.municipality.similar.SimilarInitiativeEvents.envelope;
import static dk.samspil.municipality.similar.SimilarInitiativeEvents.registered;
import static dk.samspil.municipality.similar.SimilarInitiativeEvents.revised;
import static dk.samspil.municipality.similar.SimilarInitiativeEvents.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The projection and the search together on the Mongo-wire server. */
class SimilarInitiativeSearchTest {

    private static final Application PARENT_NETWORK = new Application("Forældrenetværk på skolerne",
            List.of("Forældrene kender hinanden og taler sammen om de unges fester og alkohol",
                    "Færre unge drikker sig fulde før de fylder 16"),
            List.of("Alkohol", "Forældresamarbejde"), List.of(PARENTS_AND_FAMILY, CHILDREN_AND_YOUNG_PEOPLE),
            List.of(SOCIAL_NORMS));
    private static final Application PEER_MENTORS = new Application("Unge mentorer i udskolingen",
            List.of("Ældre elever viser yngre elever, at de fleste unge ikke ryger hash"),
            List.of("Hash", "Rusmidler"), List.of(CHILDREN_AND_YOUNG_PEOPLE), List.of(PEER_TO_PEER, SOCIAL_NORMS));
    private static final Application NIGHT_WALKS = new Application("Natteravne i Køge centrum",
            List.of("Voksne er til stede i nattelivet fredag og lørdag"),
            List.of("Natteliv"), List.of(CHILDREN_AND_YOUNG_PEOPLE), List.of());

    private MongoClient client;
    private MongoDatabase database;
    private SimilarInitiativeProjection projection;
    private SimilarInitiativeSearch search;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestMongoServer.uri("unused"));
        database = client.getDatabase("similar-" + UUID.randomUUID());
        projection = new SimilarInitiativeProjection(database);
        search = new SimilarInitiativeSearch(database);
    }

    @AfterEach
    void tearDown() {
        database.drop();
        client.close();
    }

    @Test
    void finds_initiatives_of_every_municipality_by_inflected_words_and_says_what_matched() {
        projection.apply(registered("i-1", "0336", PARENT_NETWORK, SUBMITTED));
        projection.apply(registered("i-2", "101", PEER_MENTORS, SUBMITTED));
        projection.apply(registered("i-3", "0259", NIGHT_WALKS, SUBMITTED));

        SimilarInitiatives result = search.handle(text("Netværk for forældre til unge på skolen"));

        assertThat(result.words()).containsExactly("netværk", "forældre", "unge", "skolen");
        assertThat(result.excluded())
                .containsExactlyInAnyOrder(DRAFT, InitiativeStatus.REJECTED, InitiativeStatus.WITHDRAWN);
        assertThat(result.hits()).extracting(SimilarInitiative::initiativeId).containsExactly("i-1", "i-2");
        SimilarInitiative best = result.hits().get(0);
        assertThat(best.matched().words()).containsExactly("forældre", "unge", "skolen");
        assertThat(best.matched().themes()).isEmpty();
        assertThat(best.municipalityCode()).isEqualTo("0336");
        assertThat(best.status()).isEqualTo(SUBMITTED);
        assertThat(best.score()).isGreaterThan(result.hits().get(1).score());
        assertThat(best.startDate()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(best.targetAgeFrom()).isEqualTo(13);
        assertThat(best.methods()).containsExactly(SOCIAL_NORMS);
        assertThat(result.hits().get(1).municipalityCode()).isEqualTo("0101");
        assertThat(result.hits().get(1).matched().words()).containsExactly("unge");
    }

    @Test
    void a_shared_theme_and_method_outweigh_a_shared_common_word() {
        projection.apply(registered("i-1", "0336", PARENT_NETWORK, SUBMITTED));
        projection.apply(registered("i-2", "0101", PEER_MENTORS, SUBMITTED));
        projection.apply(registered("i-3", "0259", NIGHT_WALKS, SUBMITTED));

        SimilarInitiatives result = search.handle(query("unge og rusmidler", List.of("hash"), CHILDREN_AND_YOUNG_PEOPLE,
                PEER_TO_PEER));

        assertThat(result.hits()).extracting(SimilarInitiative::initiativeId).startsWith("i-2").contains("i-1", "i-3");
        SimilarInitiative.Matched matched = result.hits().get(0).matched();
        assertThat(matched.words()).containsExactly("unge", "rusmidler");
        assertThat(matched.themes()).containsExactly("hash");
        assertThat(matched.targetGroups()).containsExactly("CHILDREN_AND_YOUNG_PEOPLE");
        assertThat(matched.methods()).containsExactly("PEER_TO_PEER");
    }

    @Test
    void a_word_of_the_text_finds_an_initiative_whose_theme_alone_says_it() {
        projection.apply(registered("i-2", "0101", PEER_MENTORS, SUBMITTED));
        projection.apply(registered("i-3", "0259", NIGHT_WALKS, SUBMITTED));

        assertThat(search.handle(query("rusmidler", List.of(), null, null)).hits())
                .singleElement().satisfies(hit -> {
                    assertThat(hit.initiativeId()).isEqualTo("i-2");
                    assertThat(hit.matched().words()).containsExactly("rusmidler");
                });
    }

    @Test
    void themes_match_whatever_their_case_and_inflection() {
        projection.apply(registered("i-3", "0259", NIGHT_WALKS, SUBMITTED));

        assertThat(search.handle(query(null, List.of("  NATTELIVET "), null, null)).hits())
                .singleElement().satisfies(hit -> assertThat(hit.matched().themes()).containsExactly("NATTELIVET"));
    }

    @Test
    void drafts_rejected_and_withdrawn_initiatives_are_left_out_and_the_status_follows_the_events() {
        projection.apply(registered("i-1", "0336", PARENT_NETWORK, DRAFT));
        projection.apply(registered("i-2", "0101", PARENT_NETWORK, SUBMITTED));
        projection.apply(envelope(EventTypes.INITIATIVE_REJECTED, "i-2", "0101", 1,
                new InitiativeRejected("i-2", "0101", "Dækket af skolens egen indsats")));
        projection.apply(registered("i-3", "0147", PARENT_NETWORK, SUBMITTED));
        projection.apply(envelope(EventTypes.INITIATIVE_WITHDRAWN, "i-3", "0147", 1,
                new InitiativeWithdrawn("i-3", "0147", "Ingen tovholder")));
        assertThat(search.handle(forældre()).hits()).isEmpty();

        projection.apply(submitted("i-1", "0336", 1));
        projection.apply(envelope(EventTypes.INITIATIVE_ACTIVATED, "i-1", "0336", 4,
                new InitiativeActivated("i-1", "0336", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 3, 1))));

        assertThat(search.handle(forældre()).hits()).singleElement().satisfies(hit -> {
            assertThat(hit.initiativeId()).isEqualTo("i-1");
            assertThat(hit.status()).isEqualTo(InitiativeStatus.ACTIVE);
        });
    }

    @Test
    void a_revised_application_is_found_by_its_new_words_and_no_longer_by_the_old_ones() {
        projection.apply(registered("i-1", "0336", PARENT_NETWORK, DRAFT));
        projection.apply(revised("i-1", "0336", 1, NIGHT_WALKS));
        projection.apply(submitted("i-1", "0336", 2));

        assertThat(search.handle(forældre()).hits()).isEmpty();
        assertThat(search.handle(query(null, List.of("Alkohol"), null, SOCIAL_NORMS)).hits()).isEmpty();
        assertThat(search.handle(text("natteravne")).hits()).singleElement()
                .satisfies(hit -> assertThat(hit.name()).isEqualTo("Natteravne i Køge centrum"));
        assertThat(listedUnder("theme:alkohol")).isEmpty();
    }

    @Test
    void a_draft_is_listed_in_the_index_only_once_submitted_and_no_longer_once_withdrawn() {
        projection.apply(registered("i-1", "0336", PARENT_NETWORK, DRAFT));
        assertThat(listedUnder("theme:alkohol")).isEmpty();

        projection.apply(submitted("i-1", "0336", 1));
        assertThat(listedUnder("theme:alkohol")).containsExactly("i-1");

        projection.apply(envelope(EventTypes.INITIATIVE_WITHDRAWN, "i-1", "0336", 2,
                new InitiativeWithdrawn("i-1", "0336", "Erstattet")));
        assertThat(listedUnder("theme:alkohol")).isEmpty();
    }

    private List<String> listedUnder(String termId) {
        Document term = database.getCollection(SimilarInitiativeProjection.TERMS).find(new Document("_id", termId)).first();
        return term == null ? List.of() : term.getList("initiatives", String.class);
    }

    @Test
    void an_event_applied_again_or_older_than_the_document_changes_nothing() {
        projection.apply(registered("i-1", "0336", PARENT_NETWORK, DRAFT));
        var revision = revised("i-1", "0336", 1, NIGHT_WALKS);
        var submission = submitted("i-1", "0336", 2);
        assertThat(projection.apply(revision)).isTrue();
        assertThat(projection.apply(submission)).isTrue();

        assertThat(projection.apply(submission)).isFalse();
        assertThat(projection.apply(revision)).isFalse();
        assertThat(projection.apply(registered("i-1", "0336", PARENT_NETWORK, DRAFT))).isFalse();

        assertThat(search.handle(forældre()).hits()).isEmpty();
        assertThat(search.handle(text("natteravne")).hits()).singleElement()
                .satisfies(hit -> assertThat(hit.status()).isEqualTo(SUBMITTED));
    }

    @Test
    void finds_a_showable_initiative_behind_more_than_a_batch_of_better_excluded_ones() {
        for (int i = 0; i < 45; i++) {
            projection.apply(registered("draft-" + i, "0336", PEER_MENTORS, DRAFT));
        }
        projection.apply(registered("i-1", "0101", NIGHT_WALKS, SUBMITTED));

        SimilarInitiatives result = search.handle(text("unge mentorer i nattelivet"));

        assertThat(result.hits()).extracting(SimilarInitiative::initiativeId).containsExactly("i-1");
    }

    @Test
    void returns_at_most_limit_hits() {
        for (int i = 0; i < 12; i++) {
            projection.apply(registered("i-" + i, "0336", PEER_MENTORS, SUBMITTED));
        }

        assertThat(search.handle(new FindSimilarInitiativesQuery("hash", List.of(), null, null, 5)).hits()).hasSize(5);
    }

    @Test
    void an_event_naming_no_municipality_is_malformed_and_other_events_are_ignored() {
        assertThatThrownBy(() -> projection.apply(registered("i-1", "0411", PARENT_NETWORK, SUBMITTED)))
                .isInstanceOf(MalformedEventException.class);
        assertThat(projection.apply(envelope(EventTypes.FUNDING_POOL_OPENED, "0336-2026", "0336", 0,
                new FundingPoolOpened("0336-2026", "0336", 2026, 300_000)))).isFalse();

        assertThat(database.getCollection(SimilarInitiativeProjection.INITIATIVES).countDocuments()).isZero();
    }

    private static FindSimilarInitiativesQuery forældre() {
        return text("forældre");
    }

    private static FindSimilarInitiativesQuery text(String text) {
        return query(text, List.of(), null, null);
    }

    private static FindSimilarInitiativesQuery query(String text, List<String> themes, TargetGroup group,
                                                     KnowledgeBasedMethod method) {
        return new FindSimilarInitiativesQuery(text, themes, group, method, 10);
    }
}
