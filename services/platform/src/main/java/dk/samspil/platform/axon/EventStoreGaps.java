package dk.samspil.platform.axon;

import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

import java.time.Duration;

/**
 * How long the event store's processors look for an event whose transaction commits after a later one.
 * <p>
 * Axon's JDBC engine takes an event's global index from the {@code domainevententry} sequence when it inserts the
 * event, so a transaction that commits after a later one leaves a gap below the later event. Each processor's token
 * (the {@code kafka-publisher}'s and every read model's) remembers the gap and asks for that index again on every
 * fetch. Nothing waits for it: the later events are handled at once, the late one when it commits, and an aggregate
 * keeps its order because its next event cannot be stored before the one before it commits.
 * <p>
 * A token gives a gap up when it reads an event older than the gap timeout (a processor that was stopped, or retried
 * its batch while Kafka was away), when its clean-up of more than 250 gaps finds events older than the gap timeout
 * around it, and when it lies more than {@code maxGapOffset} indexes behind the newest event. An event that commits
 * after its gap was given up is never handled. Axon's defaults, one minute and 10,000 indexes, lose such an event as
 * soon as a publisher falls a minute behind while a transaction is open.
 * <p>
 * Here PostgreSQL bounds every transaction of a service ({@code transaction_timeout}, set on each connection from
 * {@code samspil.datasource.transaction-timeout}), so no event commits later than that after its transaction began. A
 * gap can be given up too early only if its transaction and the one that overtook it ran for the gap timeout together;
 * the gap timeout is four transaction timeouts: twice that, and as much again for a JVM stalled between creating an
 * event and storing it and for the clocks of two instances that disagree. How far behind the newest event a gap lies
 * says nothing about whether its transaction can still commit, so distance never gives a gap up.
 * <p>
 * A transaction that stays open does not hold publishing up: PostgreSQL ends it after the transaction timeout, and
 * its indexes, like those of every rolled-back transaction, stay in the tokens as gaps until the gap timeout. Carrying
 * them is the cost of the longer timeout: a few numbers more in each token and fetch, and, only while a token holds
 * more than 250 of them (that many failed commands within the gap timeout), a clean-up query on each fetch.
 */
final class EventStoreGaps {

    private static final int GAP_TIMEOUTS_PER_TRANSACTION_TIMEOUT = 4;
    /** The first value of {@code domainevententry.globalindex} (a {@code BIGSERIAL}): a token starts its gaps there. */
    private static final long FIRST_GLOBAL_INDEX = 1;

    private EventStoreGaps() {
    }

    static JdbcEventStorageEngine.Builder waitingForLateCommits(JdbcEventStorageEngine.Builder engine,
                                                                Duration transactionTimeout) {
        Duration gapTimeout = transactionTimeout.multipliedBy(GAP_TIMEOUTS_PER_TRANSACTION_TIMEOUT);
        return engine.gapTimeout(Math.toIntExact(gapTimeout.toMillis()))
                .maxGapOffset(Integer.MAX_VALUE)
                .lowestGlobalSequence(FIRST_GLOBAL_INDEX);
    }
}
