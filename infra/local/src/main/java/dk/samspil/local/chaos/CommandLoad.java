package dk.samspil.local.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The clients sending commands between them, each at its share of the rate, whatever the stack is going through, until
 * told how many there are to be in all ({@link #finishAt}). A client whose commands are not acknowledged backs off (1,
 * 2, 4, then every 8 s) but keeps sending.
 */
final class CommandLoad {

    private static final Duration FIRST_PAUSE_AFTER_FAILURE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE_AFTER_FAILURE = Duration.ofSeconds(8);

    private final List<ChaosClient> clients;
    private final long intervalNanos;
    private volatile int commands = Integer.MAX_VALUE;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final List<SentCommand> sent = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> threads = new ArrayList<>();

    CommandLoad(List<ChaosClient> clients, int perSecond) {
        this.clients = List.copyOf(clients);
        this.intervalNanos = (long) (clients.size() * 1e9 / perSecond);
    }

    void start() {
        for (int i = 0; i < clients.size(); i++) {
            ChaosClient client = clients.get(i);
            Thread thread = new Thread(() -> sendUntilAllAreSent(client), "chaos-client-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** No command numbered {@code commands} or higher is sent: the clients stop when the ones before are answered. */
    void finishAt(int commands) {
        this.commands = commands;
    }

    /** Commands handed to a client so far (sent or being sent). */
    int started() {
        return Math.min(next.get(), commands);
    }

    int acknowledged() {
        return acknowledged.get();
    }

    /** Waits until every command has its answer (at most the clients' timeout after the last was sent). */
    List<SentCommand> awaitFinished() throws InterruptedException {
        for (Thread thread : threads) {
            thread.join();
        }
        synchronized (sent) {
            return sent.stream().sorted((a, b) -> Integer.compare(a.number(), b.number())).toList();
        }
    }

    private void sendUntilAllAreSent(ChaosClient client) {
        long backoff = FIRST_PAUSE_AFTER_FAILURE.toNanos();
        try {
            for (int number = next.getAndIncrement(); number < commands; number = next.getAndIncrement()) {
                long start = System.nanoTime();
                SentCommand command = client.send(number);
                sent.add(command);
                long pause = intervalNanos - (System.nanoTime() - start);
                if (command.acknowledged()) {
                    acknowledged.incrementAndGet();
                    backoff = FIRST_PAUSE_AFTER_FAILURE.toNanos();
                } else {
                    pause = Math.max(pause, backoff);
                    backoff = Math.min(backoff * 2, LONGEST_PAUSE_AFTER_FAILURE.toNanos());
                }
                if (pause > 0) {
                    TimeUnit.NANOSECONDS.sleep(pause);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
