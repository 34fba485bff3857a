package dk.samspil.local.bench;

import dk.samspil.local.tokens.OrganisationTokens;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Raises concerns at a fixed rate through the gateway from municipalities across the country, while a municipality
 * subscribed nationally listens to its concern feed's event stream. The latency of a concern is from the moment its
 * POST was sent to the moment its feed entry arrived on the stream.
 */
final class ConcernFeedRun {

    private static final String SUBSCRIBER = "0101";
    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    record Result(Percentiles latency, long sent, long failed, long unseen, double achievedRate) {
    }

    private final ConcernClient client;
    private final String gatewayUrl;
    private final List<String> raisingMunicipalities;

    ConcernFeedRun(String gatewayUrl, List<String> raisingMunicipalities, OrganisationTokens tokens) {
        this.client = new ConcernClient(tokens);
        this.gatewayUrl = gatewayUrl;
        this.raisingMunicipalities = List.copyOf(raisingMunicipalities);
    }

    Result run(int perSecond, Duration duration) throws IOException, InterruptedException {
        client.subscribeNationally(gatewayUrl, SUBSCRIBER);
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> arrivedAt = new ConcurrentHashMap<>();
        HttpResponse<Stream<String>> stream = client.listen(gatewayUrl, SUBSCRIBER,
                concernId -> arrivedAt.putIfAbsent(concernId, System.nanoTime())).join();
        try {
            long total = perSecond * duration.toSeconds();
            AtomicLong failed = new AtomicLong();
            ExecutorService senders = Executors.newFixedThreadPool(16);
            FixedRate rate = new FixedRate(perSecond);
            for (long i = 0; i < total; i++) {
                rate.awaitTurn(i);
                String municipality = raisingMunicipalities.get((int) (i % raisingMunicipalities.size()));
                long number = i;
                senders.execute(() -> {
                    long sent = System.nanoTime();
                    client.raise(gatewayUrl, municipality, number).ifPresentOrElse(
                            concernId -> sentAt.put(concernId, sent), failed::incrementAndGet);
                });
            }
            senders.shutdown();
            senders.awaitTermination(1, TimeUnit.MINUTES);
            double achievedRate = rate.achieved(total);

            long deadline = System.nanoTime() + CATCH_UP.toNanos();
            while (System.nanoTime() < deadline && !arrivedAt.keySet().containsAll(sentAt.keySet())) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
            double[] latencies = sentAt.entrySet().stream()
                    .filter(sent -> arrivedAt.containsKey(sent.getKey()))
                    .mapToDouble(sent -> Math.max(0, arrivedAt.get(sent.getKey()) - sent.getValue()) / 1e6)
                    .toArray();
            return new Result(Percentiles.of(latencies), sentAt.size(), failed.get(), sentAt.size() - latencies.length,
                    achievedRate);
        } finally {
            stream.body().close();
        }
    }
}
