package dk.samspil.local.bench;

import dk.samspil.local.tokens.OrganisationTokens;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Clients that each keep one connection to the gateway alive and send the {@link GatewayCall#MIX} on it as fast as it
 * answers, until the requests are used up: half of them one request at a time (the next written the moment the last
 * answer is read), the other half several requests in one write (pipelined). A request without a whole answer within
 * the timeout is unanswered; its connection is closed and the client opens a new one.
 */
final class KeepAliveRun {

    /** What one kind of request got. */
    record KindResult(GatewayCall call, long sent, Map<Integer, Long> statuses, long unanswered, long closed,
                      Percentiles latency) {

        long unexpected() {
            return statuses.entrySet().stream().filter(status -> status.getKey() != call.expectedStatus())
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }

    /** What the connections that write this many requests at a time got: sent, and left without an answer. */
    record ModeResult(int perWrite, long sent, long withoutAnswer) {
    }

    record Result(long sent, Map<Integer, Long> statuses, long unanswered, long closed, long connectionsOpened,
                  double requestsPerSecond, Percentiles latency, List<KindResult> kinds, List<ModeResult> modes,
                  List<String> firstUnanswered) {
    }

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final int LISTED_UNANSWERED = 20;
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(5);

    private final String host;
    private final int port;
    private final String hostAndPort;
    private final OrganisationTokens tokens;
    private final Duration timeout;

    private final List<Tally> tallies = GatewayCall.MIX.stream().map(Tally::new).toList();
    private final AtomicLong sequence = new AtomicLong();
    private final LongAdder answered = new LongAdder();
    private final LongAdder connectionsOpened = new LongAdder();
    private final Map<Integer, LongAdder> sentPerWrite = new ConcurrentHashMap<>();
    private final Map<Integer, LongAdder> withoutAnswerPerWrite = new ConcurrentHashMap<>();
    private final List<String> firstUnanswered = Collections.synchronizedList(new ArrayList<>());

    KeepAliveRun(String gatewayUrl, OrganisationTokens tokens, Duration timeout) {
        URI gateway = URI.create(gatewayUrl);
        this.host = gateway.getHost();
        this.port = gateway.getPort();
        this.hostAndPort = host + ":" + port;
        this.tokens = tokens;
        this.timeout = timeout;
    }

    Result run(long requests, int connections, int pipelineDepth) throws InterruptedException {
        ExecutorService clients = Executors.newFixedThreadPool(connections);
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        progress.scheduleAtFixedRate(() -> printProgress(requests, start), PROGRESS_INTERVAL.toMillis(),
                PROGRESS_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        for (int client = 0; client < connections; client++) {
            int depth = client % 2 == 0 ? 1 : pipelineDepth;
            int number = client + 1;
            clients.execute(() -> sendUntilUsedUp(number, requests, depth));
        }
        clients.shutdown();
        clients.awaitTermination(1, TimeUnit.DAYS);
        double seconds = (System.nanoTime() - start) / 1e9;
        progress.shutdownNow();
        return result(seconds);
    }

    private void sendUntilUsedUp(int client, long requests, int depth) {
        KeptAliveConnection connection = null;
        long sentOnConnection = 0;
        for (List<GatewayCall> calls = take(depth, requests); !calls.isEmpty(); calls = take(depth, requests)) {
            adder(sentPerWrite, depth).add(calls.size());
            try {
                if (connection == null) {
                    connection = KeptAliveConnection.open(host, port, timeout);
                    connectionsOpened.increment();
                    sentOnConnection = 0;
                }
                connection.write(calls.stream().map(call -> call.bytes(hostAndPort, tokens)).toList());
            } catch (IOException e) {
                lost(calls, depth, false);
                connection = closeQuietly(connection);
                continue;
            }
            long sentAt = System.nanoTime();
            for (int i = 0; i < calls.size() && connection != null; i++) {
                sentOnConnection++;
                try {
                    KeptAliveConnection.Answer answer = connection.read(timeout);
                    tally(calls.get(i)).answered(answer.status(), (System.nanoTime() - sentAt) / 1e6);
                    answered.increment();
                    if (!answer.keptAlive()) {
                        // The rest of a pipelined batch is lost with the connection.
                        lost(calls.subList(i + 1, calls.size()), depth, false);
                        connection = closeQuietly(connection);
                    }
                } catch (IOException e) {
                    noteUnanswered(client, sentOnConnection, i, calls, e);
                    lost(calls.subList(i, calls.size()), depth, e instanceof SocketTimeoutException);
                    connection = closeQuietly(connection);
                }
            }
        }
        closeQuietly(connection);
    }

    /** The next requests of the mix, up to {@code count}, until {@code requests} have been handed out. */
    private List<GatewayCall> take(int count, long requests) {
        List<GatewayCall> calls = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long number = sequence.getAndIncrement();
            if (number >= requests) {
                break;
            }
            calls.add(GatewayCall.MIX.get((int) (number % GatewayCall.MIX.size())));
        }
        return calls;
    }

    /** Requests left without an answer: none came in time, or the connection closed first. */
    private void lost(List<GatewayCall> calls, int depth, boolean timedOut) {
        calls.forEach(call -> (timedOut ? tally(call).unanswered : tally(call).closed).increment());
        adder(withoutAnswerPerWrite, depth).add(calls.size());
    }

    private static LongAdder adder(Map<Integer, LongAdder> perWrite, int depth) {
        return perWrite.computeIfAbsent(depth, any -> new LongAdder());
    }

    private Tally tally(GatewayCall call) {
        return tallies.get(GatewayCall.MIX.indexOf(call));
    }

    private void noteUnanswered(int client, long sentOnConnection, int positionInBatch, List<GatewayCall> calls,
                                IOException why) {
        if (firstUnanswered.size() < LISTED_UNANSWERED) {
            GatewayCall call = calls.get(positionInBatch);
            String what = why instanceof EOFException ? "connection closed" : "no answer in " + timeout.toSeconds() + " s";
            firstUnanswered.add(String.format(Locale.ROOT, "connection of client %d, its request %d (%d of %d in one"
                            + " write): %s %s: %s", client, sentOnConnection, positionInBatch + 1, calls.size(),
                    call.method(), call.path(), what));
        }
    }

    private static KeptAliveConnection closeQuietly(KeptAliveConnection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (IOException ignored) {
                // it is being thrown away
            }
        }
        return null;
    }

    private void printProgress(long requests, long start) {
        long unanswered = tallies.stream().mapToLong(tally -> tally.unanswered.sum() + tally.closed.sum()).sum();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(DANISH, "  %,d af %,d besvaret, %d ubesvaret, %d forbindelser, %.0f/s%n", answered.sum(),
                requests, unanswered, connectionsOpened.sum(), answered.sum() / seconds);
    }

    private Result result(double seconds) {
        List<KindResult> kinds = tallies.stream().map(Tally::result).toList();
        Map<Integer, Long> statuses = new TreeMap<>();
        kinds.forEach(kind -> kind.statuses().forEach((status, count) -> statuses.merge(status, count, Long::sum)));
        double[] allLatencies = tallies.stream()
                .flatMapToDouble(tally -> tally.latencies().stream().mapToDouble(Double::doubleValue)).toArray();
        long sent = kinds.stream().mapToLong(KindResult::sent).sum();
        List<ModeResult> modes = new TreeMap<>(sentPerWrite).entrySet().stream()
                .map(mode -> new ModeResult(mode.getKey(), mode.getValue().sum(),
                        adder(withoutAnswerPerWrite, mode.getKey()).sum()))
                .toList();
        return new Result(sent, statuses, kinds.stream().mapToLong(KindResult::unanswered).sum(),
                kinds.stream().mapToLong(KindResult::closed).sum(), connectionsOpened.sum(), answered.sum() / seconds,
                Percentiles.of(allLatencies), kinds, modes, List.copyOf(firstUnanswered));
    }

    /** The answers one kind of request got, from all clients. */
    private static final class Tally {

        private final GatewayCall call;
        private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        private final List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        private final LongAdder unanswered = new LongAdder();
        private final LongAdder closed = new LongAdder();

        Tally(GatewayCall call) {
            this.call = call;
        }

        void answered(int status, double millis) {
            statuses.computeIfAbsent(status, any -> new LongAdder()).increment();
            latencies.add(millis);
        }

        List<Double> latencies() {
            synchronized (latencies) {
                return List.copyOf(latencies);
            }
        }

        KindResult result() {
            Map<Integer, Long> counts = new TreeMap<>();
            statuses.forEach((status, count) -> counts.put(status, count.sum()));
            double[] millis = latencies().stream().mapToDouble(Double::doubleValue).toArray();
            long answeredCount = counts.values().stream().mapToLong(Long::longValue).sum();
            return new KindResult(call, answeredCount + unanswered.sum() + closed.sum(), counts, unanswered.sum(),
                    closed.sum(), Percentiles.of(millis));
        }
    }
}
