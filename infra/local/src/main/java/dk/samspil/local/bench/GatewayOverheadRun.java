package dk.samspil.local.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the gateway adds to an authorised read at a fixed rate: the same GET with the same token, alternately through
 * the gateway (the token validated there and again by the service) and straight to the service (validated once), so
 * both are measured side by side in one run on the same machine load.
 */
final class GatewayOverheadRun {

    record Result(Percentiles direct, Percentiles throughGateway, long failed, double achievedRate) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gatewayUrl;
    private final String serviceUrl;
    private final String path;
    private final String authorization;

    GatewayOverheadRun(String gatewayUrl, String serviceUrl, String path, String authorization) {
        this.gatewayUrl = gatewayUrl;
        this.serviceUrl = serviceUrl;
        this.path = path;
        this.authorization = authorization;
    }

    Result run(int perSecond, Duration duration) throws InterruptedException {
        List<Double> direct = Collections.synchronizedList(new ArrayList<>());
        List<Double> throughGateway = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failed = new AtomicLong();
        long total = perSecond * duration.toSeconds();
        ExecutorService senders = Executors.newFixedThreadPool(16);
        FixedRate rate = new FixedRate(perSecond);
        for (long i = 0; i < total; i++) {
            rate.awaitTurn(i);
            boolean viaGateway = i % 2 == 0;
            senders.execute(() -> timedGet(viaGateway ? gatewayUrl : serviceUrl, viaGateway ? throughGateway : direct, failed));
        }
        senders.shutdown();
        senders.awaitTermination(1, TimeUnit.MINUTES);
        double achievedRate = rate.achieved(total);
        return new Result(Percentiles.of(millis(direct)), Percentiles.of(millis(throughGateway)), failed.get(), achievedRate);
    }

    private void timedGet(String baseUrl, List<Double> latencies, AtomicLong failed) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", authorization).GET().build();
        long sentAt = System.nanoTime();
        try {
            if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                latencies.add((System.nanoTime() - sentAt) / 1e6);
                return;
            }
        } catch (IOException e) {
            // counted as failed below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        failed.incrementAndGet();
    }

    private static double[] millis(List<Double> latencies) {
        synchronized (latencies) {
            return latencies.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }
}
