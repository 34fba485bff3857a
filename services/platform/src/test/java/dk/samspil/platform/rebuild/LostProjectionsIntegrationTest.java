package dk.samspil.platform.rebuild;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dk.samspil.platform.testing.TestMongoServer;
import dk.samspil.platform.testing.TestPostgres;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service with one Axon projection over the platform's event store on a real PostgreSQL, its read model in the
 * Mongo-wire server, started, stopped and started again on the same event store: as after a lost MongoDB, and as after
 * an ordinary restart.
 */
class LostProjectionsIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private String eventStoreUrl;
    private String readModelDatabase;
    private MongoClient mongo;
    private ConfigurableApplicationContext service;

    @BeforeEach
    void freshStores() {
        eventStoreUrl = TestPostgres.freshDatabaseUrl("lost_projections");
        readModelDatabase = "lost-projections-" + UUID.randomUUID().toString().substring(0, 8);
        mongo = MongoClients.create(TestMongoServer.uri(readModelDatabase));
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        mongo.getDatabase(readModelDatabase).drop();
        mongo.close();
    }

    @Test
    void a_projection_whose_read_model_was_lost_replays_the_event_store_when_the_service_starts() {
        start();
        store("case-1", "case-2", "case-3");
        await().atMost(WAIT).until(() -> cases().countDocuments() == 3);
        service.close();

        mongo.getDatabase(readModelDatabase).drop();
        start();

        await().atMost(WAIT).until(() -> cases().countDocuments() == 3);
    }

    @Test
    void a_projection_whose_read_model_is_there_goes_on_from_its_token() {
        start();
        store("case-1", "case-2");
        await().atMost(WAIT).until(() -> cases().countDocuments() == 2);
        service.close();

        start();
        store("case-3");

        await().atMost(WAIT).until(() -> cases().countDocuments() == 3);
        assertThat(cases().find(Filters.eq("_id", "case-1")).first().getInteger("applied")).as("applied once").isEqualTo(1);
    }

    private void start() {
        service = new SpringApplicationBuilder(CaseService.class).web(WebApplicationType.NONE).run(
                "--spring.application.name=lost-projections",
                "--spring.datasource.url=" + eventStoreUrl,
                "--spring.mongodb.uri=" + TestMongoServer.uri(readModelDatabase),
                "--axon.eventhandling.processors.cases.mode=tracking");
    }

    private void store(String... caseIds) {
        EventStore eventStore = service.getBean(EventStore.class);
        new TransactionTemplate(service.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            for (String caseId : caseIds) {
                eventStore.publish(new GenericDomainEventMessage<>("Case", caseId, 0, new CaseOpened(caseId)));
            }
        });
    }

    private MongoCollection<Document> cases() {
        return mongo.getDatabase(readModelDatabase).getCollection("cases");
    }

    record CaseOpened(String caseId) {
    }

    /** Counts how often each event was applied, so that a replay shows. */
    @ProcessingGroup("cases")
    static class CaseProjection {

        private final MongoCollection<Document> cases;

        CaseProjection(MongoDatabase readModelDatabase) {
            this.cases = readModelDatabase.getCollection("cases");
        }

        @EventHandler
        void on(CaseOpened event) {
            cases.updateOne(Filters.eq("_id", event.caseId()), Updates.inc("applied", 1),
                    new UpdateOptions().upsert(true));
        }

        @ResetHandler
        void reset() {
            cases.drop();
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class CaseService {

        @Bean
        CaseProjection caseProjection(MongoDatabase readModelDatabase) {
            return new CaseProjection(readModelDatabase);
        }
    }
}
