package dk.samspil.local.bench;

import dk.samspil.local.tokens.TokenException;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Registers initiatives at a fixed rate through the gateway, spread over the municipalities of one police district,
 * while a watcher polls that district's dashboard. The k-th registration sent for a municipality is visible when the
 * dashboard first shows k initiatives there; the difference of the two times is the change → dashboard latency
 * (within the watcher's polling resolution of a few milliseconds).
 */
final class VisibilityRun {

    private static final Duration POLL_PAUSE = Duration.ofMillis(5);
    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    record Result(Percentiles latency, long sent, long failed, long unseen, double achievedRate) {
    }

    private final InitiativeClient client;
    private final String gatewayUrl;
    private final String districtUrl;
    private final String district;
    private final List<String> municipalities;

    VisibilityRun(InitiativeClient client, String gatewayUrl, String districtUrl, String district, List<String> municipalities) {
        this.client = client;
        this.gatewayUrl = gatewayUrl;
        this.districtUrl = districtUrl;
        this.district = district;
        this.municipalities = List.copyOf(municipalities);
    }

    Result run(int perSecond, Duration duration) throws IOException, InterruptedException {
        Map<String, Long> baseline = client.dashboardTotals(districtUrl, district);
        Map<String, List<Long>> sendTimes = new ConcurrentHashMap<>();
        Map<String, List<Long>> seenTimes = new HashMap<>();
        municipalities.forEach(code -> {
            sendTimes.put(code, Collections.synchronizedList(new ArrayList<>()));
            seenTimes.put(code, new ArrayList<>());
        });

        AtomicBoolean watching = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> watch(baseline, seenTimes, watching), "dashboard-watcher");
        watcher.start();

        long total = perSecond * duration.toSeconds();
        AtomicLong failed = new AtomicLong();
        ExecutorService senders = Executors.newFixedThreadPool(16);
        FixedRate rate = new FixedRate(perSecond);
        for (long i = 0; i < total; i++) {
            rate.awaitTurn(i);
            String municipality = municipalities.get((int) (i % municipalities.size()));
            long number = i;
            senders.execute(() -> {
                long sentAt = System.nanoTime();
                if (client.register(gatewayUrl, municipality, number)) {
                    sendTimes.get(municipality).add(sentAt);
                } else {
                    failed.incrementAndGet();
                }
            });
        }
        senders.shutdown();
        senders.awaitTermination(1, TimeUnit.MINUTES);
        double achievedRate = rate.achieved(total);

        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (System.nanoTime() < deadline && !allSeen(sendTimes, seenTimes)) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        watching.set(false);
        watcher.join();

        List<Double> latencies = new ArrayList<>();
        long unseen = 0;
        for (String municipality : municipalities) {
            List<Long> sent = new ArrayList<>(sendTimes.get(municipality));
            sent.sort(Long::compare);
            List<Long> seen = seenTimes.get(municipality);
            for (int k = 0; k < sent.size(); k++) {
                if (k < seen.size()) {
                    latencies.add(Math.max(0, seen.get(k) - sent.get(k)) / 1e6);
                } else {
                    unseen++;
                }
            }
        }
        return new Result(Percentiles.of(latencies.stream().mapToDouble(Double::doubleValue).toArray()),
                total - failed.get(), failed.get(), unseen, achievedRate);
    }

    private boolean allSeen(Map<String, List<Long>> sendTimes, Map<String, List<Long>> seenTimes) {
        synchronized (seenTimes) {
            return municipalities.stream().allMatch(code -> seenTimes.get(code).size() >= sendTimes.get(code).size());
        }
    }

    private void watch(Map<String, Long> baseline, Map<String, List<Long>> seenTimes, AtomicBoolean watching) {
        while (watching.get()) {
            try {
                Map<String, Long> totals = client.dashboardTotals(districtUrl, district);
                long now = System.nanoTime();
                synchronized (seenTimes) {
                    for (String municipality : municipalities) {
                        long visible = totals.getOrDefault(municipality, 0L) - baseline.getOrDefault(municipality, 0L);
                        List<Long> seen = seenTimes.get(municipality);
                        while (seen.size() < visible) {
                            seen.add(now);
                        }
                    }
                }
                TimeUnit.NANOSECONDS.sleep(POLL_PAUSE.toNanos());
            } catch (IOException | TokenException e) {
                // a failed poll is simply a poll that saw nothing new
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
