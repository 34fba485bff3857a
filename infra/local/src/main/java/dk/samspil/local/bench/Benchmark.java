package dk.samspil.local.bench;

import dk.samspil.local.LocalStack;
import dk.samspil.local.LocalStackConfig;
import dk.samspil.local.tokens.Organisation;
import dk.samspil.local.tokens.OrganisationTokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code ./samspil bench}: starts its own embedded stack in a temporary data folder and prints the walking
 * skeleton's figures. Figures, not a test gate: the machine is shared and noisy, so compare runs side by side.
 */
public final class Benchmark {

    private static final String DISTRICT = "1470";
    private static final List<String> MUNICIPALITIES = List.of("0101", "0147", "0185", "0155");
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    /** Municipalities in five police districts raise the concerns that København's feed receives. */
    private static final List<String> RAISING = List.of("0336", "0461", "0751", "0851", "0400");

    private Benchmark() {
    }

    public static int run(Path repositoryRoot, List<String> arguments) throws IOException, InterruptedException {
        BenchOptions options = BenchOptions.parse(arguments);
        Path dataFolder = Files.createTempDirectory("samspil-bench-");
        System.out.printf("Benchmark: %d/s i %d s, mætning %d s med %d klienter; data i %s%n", options.rate(),
                options.duration().toSeconds(), options.saturation().toSeconds(), options.threads(), dataFolder);
        try (LocalStack stack = LocalStack.start(LocalStackConfig.forTests(repositoryRoot, dataFolder)
                .withoutGatewayRateLimit())) {
            Duration ready = stack.timeToReady();
            Path postmasterPid = stack.config().folder().postgresData().resolve("postmaster.pid");
            List<StackMemory.Usage> memoryAtReady = StackMemory.measure(postmasterPid);
            OrganisationTokens tokens = new OrganisationTokens(stack.identityIssuer());
            InitiativeClient client = new InitiativeClient(tokens);
            String gateway = stack.gatewayUrl();
            String municipality = stack.serviceUrl("municipality");
            SaturationRun saturation = new SaturationRun(client, MUNICIPALITIES);
            VisibilityRun visibility = new VisibilityRun(client, gateway, stack.serviceUrl("district-council"), DISTRICT, MUNICIPALITIES);

            System.out.println("Opvarmning " + WARM_UP.toSeconds() + " s …");
            saturation.run(gateway, 2, WARM_UP);
            visibility.run(20, Duration.ofSeconds(3));

            System.out.printf("Fast takt %d/s i %d s gennem gatewayen …%n", options.rate(), options.duration().toSeconds());
            VisibilityRun.Result fixedRate = visibility.run(options.rate(), options.duration());
            System.out.printf("Bekymringer %d/s i %d s, abonnent lytter på sit feed …%n", options.concernRate(),
                    options.concernDuration().toSeconds());
            ConcernFeedRun.Result concerns = new ConcernFeedRun(gateway, RAISING, tokens)
                    .run(options.concernRate(), options.concernDuration());
            System.out.printf("Gatewayens tillæg: samme læsning med token, %d/s skiftevis gennem gatewayen og direkte …%n",
                    options.rate());
            GatewayOverheadRun.Result overhead = new GatewayOverheadRun(gateway, stack.serviceUrl("district-council"),
                    "/api/districts/" + DISTRICT + "/council", tokens.authorization(Organisation.districtCouncil(DISTRICT)))
                    .run(options.rate(), options.duration());
            System.out.println("Mætning gennem gatewayen …");
            SaturationRun.Result throughGateway = saturation.run(gateway, options.threads(), options.saturation());
            System.out.println("Mætning direkte mod municipality …");
            SaturationRun.Result direct = saturation.run(municipality, options.threads(), options.saturation());
            List<StackMemory.Usage> memoryAfterLoad = StackMemory.measure(postmasterPid);

            report(options, ready, fixedRate, concerns, overhead, throughGateway, direct, memoryAtReady, memoryAfterLoad);
        } finally {
            deleteRecursively(dataFolder);
        }
        return 0;
    }

    private static void report(BenchOptions options, Duration ready, VisibilityRun.Result fixedRate,
                               ConcernFeedRun.Result concerns, GatewayOverheadRun.Result overhead,
                               SaturationRun.Result throughGateway, SaturationRun.Result direct,
                               List<StackMemory.Usage> memoryAtReady, List<StackMemory.Usage> memoryAfterLoad) {
        Percentiles latency = fixedRate.latency();
        System.out.println();
        System.out.println("=== Samspil benchmark ===");
        System.out.printf(Locale.ROOT, "time to ready (all services)         %.1f s%n", ready.toMillis() / 1000.0);
        System.out.printf(Locale.ROOT, "change -> district dashboard @%d/s    p50 %.1f ms   p99 %.1f ms   max %.1f ms   (n=%d, achieved %.1f/s, failed %d, never seen %d)%n",
                options.rate(), latency.p50(), latency.p99(), latency.max(), latency.count(), fixedRate.achievedRate(),
                fixedRate.failed(), fixedRate.unseen());
        Percentiles feed = concerns.latency();
        System.out.printf(Locale.ROOT, "concern -> subscriber's feed @%d/s     p50 %.1f ms   p99 %.1f ms   max %.1f ms   (n=%d, achieved %.1f/s, failed %d, never seen %d)%n",
                options.concernRate(), feed.p50(), feed.p99(), feed.max(), feed.count(), concerns.achievedRate(),
                concerns.failed(), concerns.unseen());
        Percentiles viaGateway = overhead.throughGateway();
        Percentiles straight = overhead.direct();
        System.out.printf(Locale.ROOT, "authorised read @%d/s, direct          p50 %.1f ms   p99 %.1f ms   max %.1f ms   (n=%d)%n",
                options.rate(), straight.p50(), straight.p99(), straight.max(), straight.count());
        System.out.printf(Locale.ROOT, "authorised read @%d/s, via gateway     p50 %.1f ms   p99 %.1f ms   max %.1f ms   (n=%d, achieved %.1f/s, failed %d)%n",
                options.rate(), viaGateway.p50(), viaGateway.p99(), viaGateway.max(), viaGateway.count(),
                overhead.achievedRate(), overhead.failed());
        System.out.printf(Locale.ROOT, "gateway overhead with token validation p50 +%.1f ms   p99 +%.1f ms%n",
                viaGateway.p50() - straight.p50(), viaGateway.p99() - straight.p99());
        System.out.printf(Locale.ROOT, "saturation via gateway (%d clients)   %.0f commands/s   (ok %d, failed %d)%n",
                options.threads(), throughGateway.commandsPerSecond(), throughGateway.succeeded(), throughGateway.failed());
        System.out.printf(Locale.ROOT, "saturation direct to municipality    %.0f commands/s   (ok %d, failed %d)%n",
                direct.commandsPerSecond(), direct.succeeded(), direct.failed());
        System.out.printf(Locale.ROOT, "gateway ratio (gateway / direct)     %.2f%n",
                throughGateway.commandsPerSecond() / direct.commandsPerSecond());
        printMemory("memory at ready", memoryAtReady);
        printMemory("memory after load", memoryAfterLoad);
    }

    private static void printMemory(String title, List<StackMemory.Usage> usages) {
        System.out.println(title + ":");
        long rss = 0;
        long pss = 0;
        for (StackMemory.Usage usage : usages) {
            System.out.printf(Locale.ROOT, "  %-46s RSS %6.0f MiB   PSS %6.0f MiB%n", usage.process(),
                    usage.rssKib() / 1024.0, usage.pssKib() / 1024.0);
            rss += usage.rssKib();
            pss += usage.pssKib();
        }
        System.out.printf(Locale.ROOT, "  %-46s RSS %6.0f MiB   PSS %6.0f MiB%n", "whole stack", rss / 1024.0, pss / 1024.0);
    }

    static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
