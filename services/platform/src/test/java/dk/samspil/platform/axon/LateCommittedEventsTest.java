package dk.samspil.platform.axon;

import dk.samspil.platform.testing.TestPostgres;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code kafka-publisher} processor over the platform's event store on a real PostgreSQL, with events whose
 * transaction commits after a later one (it took its global index first, so the later one overtakes it). Axon's clock
 * is moved forward to stand for minutes passing; the gap handling is the platform's own, unchanged.
 */
class LateCommittedEventsTest {

    private static final Duration LONGER_THAN_AXONS_DEFAULT_GAP_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** An open transaction waits for its commit longer than any assertion waits, so only PostgreSQL ends it early. */
    private static final Duration HOLD = WAIT.multipliedBy(3);

    private ConfigurableApplicationContext service;
    private EventStore eventStore;
    private TransactionTemplate transactions;
    private Publisher publisher;

    @AfterEach
    void stopService() {
        GenericEventMessage.clock = Clock.systemUTC();
        service.close();
    }

    @Test
    void an_event_committed_after_a_later_one_is_published_once_in_its_aggregate_s_order_without_holding_up_the_later_one() {
        start();
        OpenTransaction late = OpenTransaction.storing(transactions, eventStore, event("case-x", 0), event("case-x", 1));
        store(event("case-y", 0));

        await().atMost(WAIT).until(() -> publisher.published().contains("case-y#0"));
        late.commit();
        store(event("case-x", 2));

        await().atMost(WAIT).until(() -> publisher.published().contains("case-x#2"));
        assertThat(publisher.published()).containsExactly("case-y#0", "case-x#0", "case-x#1", "case-x#2");
    }

    /**
     * The later event is read when it is already two minutes old: the publisher was stopped, or retried its batch while
     * Kafka was away. With Axon's default gap timeout (one minute) the token then forgets the missing index, and the
     * late event, committed afterwards, was never published.
     */
    @Test
    void an_event_committed_minutes_after_a_later_one_is_published_by_a_publisher_that_read_the_later_one_minutes_late() {
        start();
        TrackingEventProcessor kafkaPublisher = service.getBean(EventProcessingConfiguration.class)
                .eventProcessor("kafka-publisher", TrackingEventProcessor.class).orElseThrow();
        // Stopped before its worker claimed the segment, the processor may not start again (seen on a loaded machine).
        await().atMost(WAIT).until(() -> !kafkaPublisher.processingStatus().isEmpty());
        OpenTransaction late = OpenTransaction.storing(transactions, eventStore, event("case-x", 0));
        kafkaPublisher.shutDown();
        store(event("case-y", 0));

        GenericEventMessage.clock = Clock.offset(Clock.systemUTC(), LONGER_THAN_AXONS_DEFAULT_GAP_TIMEOUT);
        kafkaPublisher.start();
        await().atMost(WAIT).until(() -> publisher.published().contains("case-y#0"));
        late.commit();
        store(event("case-x", 1));

        await().atMost(WAIT).until(() -> publisher.published().contains("case-x#1"));
        assertThat(publisher.published()).containsExactly("case-y#0", "case-x#0", "case-x#1");
    }

    @Test
    void postgresql_ends_a_transaction_that_outlives_the_transaction_timeout_and_nothing_of_it_is_stored() {
        start("--samspil.datasource.transaction-timeout=5s");
        JdbcTemplate jdbc = new JdbcTemplate(service.getBean(DataSource.class));
        OpenTransaction stuck = OpenTransaction.storing(transactions, eventStore, event("case-x", 0));

        await().atMost(WAIT).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'",
                Integer.class) == 0);

        assertThat(stuck.release()).failsWithin(WAIT).withThrowableOfType(ExecutionException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Integer.class)).isZero();
    }

    private void start(String... arguments) {
        List<String> properties = new ArrayList<>(List.of("--spring.application.name=late-commits",
                "--spring.datasource.url=" + TestPostgres.freshDatabaseUrl("late_commits"),
                "--axon.eventhandling.processors.kafka-publisher.mode=tracking"));
        properties.addAll(List.of(arguments));
        service = new SpringApplicationBuilder(PublishingService.class).web(WebApplicationType.NONE)
                .run(properties.toArray(String[]::new));
        eventStore = service.getBean(EventStore.class);
        transactions = new TransactionTemplate(service.getBean(PlatformTransactionManager.class));
        publisher = service.getBean(Publisher.class);
    }

    private void store(EventMessage<?> event) {
        transactions.executeWithoutResult(status -> eventStore.publish(event));
    }

    private static EventMessage<?> event(String aggregateId, long sequence) {
        return new GenericDomainEventMessage<>("Case", aggregateId, sequence, new CaseStepped(aggregateId, sequence));
    }

    record CaseStepped(String caseId, long step) {
    }

    /** Events stored in a transaction that stays open, on a thread of its own, until {@link #commit()}. */
    private static final class OpenTransaction {

        private final CountDownLatch stored = new CountDownLatch(1);
        private final CountDownLatch commit = new CountDownLatch(1);
        private final CompletableFuture<Void> committed;

        private OpenTransaction(TransactionTemplate transactions, EventStore eventStore, List<EventMessage<?>> events) {
            committed = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
                eventStore.publish(events);
                stored.countDown();
                awaitCountDown(commit, HOLD);
            }));
        }

        static OpenTransaction storing(TransactionTemplate transactions, EventStore eventStore, EventMessage<?>... events) {
            OpenTransaction transaction = new OpenTransaction(transactions, eventStore, List.of(events));
            awaitCountDown(transaction.stored, WAIT);
            return transaction;
        }

        void commit() {
            assertThat(release()).succeedsWithin(WAIT);
        }

        CompletableFuture<Void> release() {
            commit.countDown();
            return committed;
        }

        private static void awaitCountDown(CountDownLatch latch, Duration atMost) {
            try {
                assertThat(latch.await(atMost.toSeconds(), TimeUnit.SECONDS)).as("latch released").isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Stands in for the services' publishers: the same processor, recording what it would send to Kafka. */
    @ProcessingGroup("kafka-publisher")
    static class Publisher {

        private final List<String> published = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(CaseStepped event, DomainEventMessage<?> message) {
            published.add(message.getAggregateIdentifier() + "#" + message.getSequenceNumber());
        }

        List<String> published() {
            return published;
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class PublishingService {

        @Bean
        Publisher publisher() {
            return new Publisher();
        }
    }
}
