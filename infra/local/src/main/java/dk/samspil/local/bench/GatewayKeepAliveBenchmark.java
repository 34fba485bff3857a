package dk.samspil.local.bench;

import dk.samspil.local.LocalStack;
import dk.samspil.local.LocalStackConfig;
import dk.samspil.local.tokens.OrganisationTokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code ./samspil bench-gateway [--requests 100000] [--connections 8] [--pipeline 2] [--timeout 5]}: starts its own
 * embedded stack (free ports, a temporary data folder) and sends the requests through the gateway on a few kept-alive
 * connections ({@link KeepAliveRun}), mixed: the gateway's health, routed reads with a token, and requests refused by
 * the gateway or the service (401, 403, 404, 400). Prints what was answered with which status, and how many requests
 * got no answer. Figures, not a test gate.
 */
public final class GatewayKeepAliveBenchmark {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private GatewayKeepAliveBenchmark() {
    }

    public static int run(Path repositoryRoot, List<String> arguments) throws IOException, InterruptedException {
        Map<String, Integer> options = PositiveOptions.parse(arguments,
                Map.of("--requests", 100_000, "--connections", 8, "--pipeline", 2, "--timeout", 5));
        int requests = options.get("--requests");
        int connections = options.get("--connections");
        int pipeline = options.get("--pipeline");
        Duration timeout = Duration.ofSeconds(options.get("--timeout"));
        Path dataFolder = Files.createTempDirectory("samspil-bench-gateway-");
        System.out.printf(DANISH, "Gateway-benchmark: %,d forespørgsler på %d forbindelser, der holdes åbne (%d med"
                        + " én ad gangen, %d med %d i hver skrivning), svarfrist %d s; data i %s%n", requests,
                connections, (connections + 1) / 2, connections / 2, pipeline, timeout.toSeconds(), dataFolder);
        try (LocalStack stack = LocalStack.start(LocalStackConfig.forTests(repositoryRoot, dataFolder)
                .withoutGatewayRateLimit())) {
            OrganisationTokens tokens = new OrganisationTokens(stack.identityIssuer());
            report(new KeepAliveRun(stack.gatewayUrl(), tokens, timeout).run(requests, connections, pipeline), timeout);
        } finally {
            Benchmark.deleteRecursively(dataFolder);
        }
        return 0;
    }

    private static void report(KeepAliveRun.Result result, Duration timeout) {
        Percentiles latency = result.latency();
        System.out.println();
        System.out.println("=== Samspil gateway keep-alive benchmark ===");
        System.out.printf(Locale.ROOT, "requests sent                %,d%n", result.sent());
        System.out.printf(Locale.ROOT, "answered                     %,d   %s%n", latency.count(),
                statuses(result.statuses()));
        System.out.printf(Locale.ROOT, "%-29s%,d%n", "unanswered (none in " + timeout.toSeconds() + " s)",
                result.unanswered());
        System.out.printf(Locale.ROOT, "connection closed unanswered %,d%n", result.closed());
        System.out.printf(Locale.ROOT, "connections used             %,d%n", result.connectionsOpened());
        System.out.printf(Locale.ROOT, "throughput                   %.0f requests/s%n", result.requestsPerSecond());
        System.out.printf(Locale.ROOT, "latency                      p50 %.1f ms   p99 %.1f ms   max %.1f ms%n",
                latency.p50(), latency.p99(), latency.max());
        for (KeepAliveRun.ModeResult mode : result.modes()) {
            String perWrite = mode.perWrite() == 1 ? "one request per write" : mode.perWrite() + " requests per write";
            System.out.printf(Locale.ROOT, "  %-26s sent %,7d  without an answer %d%n", perWrite, mode.sent(),
                    mode.withoutAnswer());
        }
        System.out.println("per kind of request:");
        for (KeepAliveRun.KindResult kind : result.kinds()) {
            System.out.printf(Locale.ROOT, "  %-28s expected %d  sent %,7d  %-22s unexpected %d  unanswered %d"
                            + "  closed %d  p50 %.1f ms  p99 %.1f ms%n", kind.call().name(), kind.call().expectedStatus(),
                    kind.sent(), statuses(kind.statuses()), kind.unexpected(), kind.unanswered(), kind.closed(),
                    kind.latency().p50(), kind.latency().p99());
        }
        if (!result.firstUnanswered().isEmpty()) {
            System.out.println("first requests without an answer:");
            result.firstUnanswered().forEach(line -> System.out.println("  " + line));
        }
    }

    private static String statuses(Map<Integer, Long> statuses) {
        return statuses.entrySet().stream()
                .map(status -> String.format(Locale.ROOT, "%d: %,d", status.getKey(), status.getValue()))
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
