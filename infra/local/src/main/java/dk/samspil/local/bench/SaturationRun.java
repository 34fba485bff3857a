package dk.samspil.local.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Closed-loop clients registering initiatives as fast as the system answers. */
final class SaturationRun {

    record Result(double commandsPerSecond, long succeeded, long failed) {
    }

    private final InitiativeClient client;
    private final List<String> municipalities;

    SaturationRun(InitiativeClient client, List<String> municipalities) {
        this.client = client;
        this.municipalities = List.copyOf(municipalities);
    }

    Result run(String baseUrl, int threads, Duration duration) throws InterruptedException {
        AtomicLong succeeded = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong sequence = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            clients.execute(() -> {
                while (System.nanoTime() < end) {
                    long number = sequence.getAndIncrement();
                    String municipality = municipalities.get((int) (number % municipalities.size()));
                    (client.register(baseUrl, municipality, number) ? succeeded : failed).incrementAndGet();
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(succeeded.get() / seconds, succeeded.get(), failed.get());
    }
}
