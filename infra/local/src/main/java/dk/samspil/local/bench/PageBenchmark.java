package dk.samspil.local.bench;

import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.local.LocalStack;
import dk.samspil.local.LocalStackConfig;
import dk.samspil.local.LocalStackException;
import dk.samspil.local.demo.DemoData;
import dk.samspil.local.tokens.OrganisationTokens;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code ./samspil bench-pages [--requests 200] [--changes 20]}: starts its own embedded stack, fills Midt- og
 * Vestsjællands Politi and three more municipalities with demo data, signs a district council member and the national
 * secretariat in through the gateway, and times the district and national pages as a browser would fetch them; then
 * registers initiatives through the API while a district page's event stream is open, and times each from the API call
 * to the figures that show it (the stream's event, then the fragment the page fetches). Figures, not a test gate.
 */
public final class PageBenchmark {

    private static final String DISTRICT = "1467";
    private static final List<String> ELSEWHERE = List.of("0101", "0751", "0400");
    private static final Pattern LAST_EVENT_AT = Pattern.compile("data-last-event-at=\"([^\"]*)\"");
    private static final int WARM_UP = 20;

    private PageBenchmark() {
    }

    public static int run(Path repositoryRoot, List<String> arguments) throws Exception {
        int requests = option(arguments, "--requests", 200);
        int changes = option(arguments, "--changes", 20);
        Path dataFolder = Files.createTempDirectory("samspil-bench-pages-");
        System.out.printf("Side-benchmark: %d sidevisninger pr. side, %d live-ændringer; data i %s%n", requests, changes,
                dataFolder);
        try (LocalStack stack = LocalStack.start(LocalStackConfig.forTests(repositoryRoot, dataFolder)
                .withoutGatewayRateLimit())) {
            String municipalities = Stream.concat(ReferenceData.instance().district(DISTRICT).municipalities().stream()
                    .map(Municipality::code), ELSEWHERE.stream()).collect(Collectors.joining(","));
            DemoData.run(List.of("--only", municipalities), stack.gatewayUrl(), stack.identityIssuer());

            GatewaySession member = GatewaySession.signIn(stack.gatewayUrl(), "district1467-member");
            GatewaySession secretariat = GatewaySession.signIn(stack.gatewayUrl(), "national-secretariat");
            List<String> lines = new ArrayList<>();
            lines.add(report("district page /kredse/" + DISTRICT, time(member, "/kredse/" + DISTRICT, requests)));
            lines.add(report("national page /landet", time(secretariat, "/landet", requests)));
            lines.add(report("trends /landet/udvikling", time(secretariat, "/landet/udvikling", requests)));
            lines.add(report("live: API call -> figures on the page",
                    live(member, new InitiativeClient(new OrganisationTokens(stack.identityIssuer())),
                            stack.gatewayUrl(), changes)));
            System.out.println();
            System.out.println("=== Samspil page benchmark (through the gateway, signed in) ===");
            lines.forEach(System.out::println);
        } finally {
            try (var paths = Files.walk(dataFolder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        return 0;
    }

    private static Percentiles time(GatewaySession session, String path, int requests) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            expectOk(session, path);
        }
        double[] millis = new double[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            expectOk(session, path);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return Percentiles.of(millis);
    }

    /**
     * Each change as the page sees it: the stream's {@code changed} event, then the figures fetched again (and, like
     * the page, fetched once more shortly after when the read model had not caught up yet).
     */
    private static Percentiles live(GatewaySession member, InitiativeClient client, String gateway, int changes)
            throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        InputStream stream = member.stream("/live/kredse/" + DISTRICT);
        Thread reader = new Thread(() -> readEvents(stream, events), "bench-live-stream");
        reader.setDaemon(true);
        reader.start();
        double[] millis = new double[changes];
        try {
            for (int i = 0; i < changes; i++) {
                String before = lastEventAt(member);
                events.clear();
                long start = System.nanoTime();
                if (!client.register(gateway, "0336", i)) {
                    throw new LocalStackException("Indsatsen blev ikke registreret");
                }
                if (events.poll(10, TimeUnit.SECONDS) == null) {
                    throw new LocalStackException("Ingen ændring på strømmen inden for 10 s");
                }
                for (int attempt = 0; lastEventAt(member).equals(before); attempt++) {
                    if (attempt == 20) {
                        throw new LocalStackException("Tallene ændrede sig ikke efter hændelsen");
                    }
                    TimeUnit.MILLISECONDS.sleep(250L * Math.min(attempt + 1, 4));
                }
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        } finally {
            stream.close();
        }
        return Percentiles.of(millis);
    }

    private static String lastEventAt(GatewaySession member) throws Exception {
        Matcher matcher = LAST_EVENT_AT.matcher(expectOk(member, "/kredse/" + DISTRICT + "/tal"));
        return matcher.find() ? matcher.group(1) : "";
    }

    private static void readEvents(InputStream stream, BlockingQueue<String> events) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("event:changed")) {
                    events.add(line);
                }
            }
        } catch (IOException closed) {
            // The benchmark closed the stream.
        }
    }

    private static String expectOk(GatewaySession session, String path) throws Exception {
        var response = session.page(path);
        if (response.statusCode() != 200) {
            throw new LocalStackException(path + " svarede " + response.statusCode());
        }
        return response.body();
    }

    private static String report(String what, Percentiles times) {
        return String.format(Locale.ROOT, "%-40s n=%d  p50 %.0f ms  p95 %.0f ms  p99 %.0f ms  max %.0f ms", what,
                times.count(), times.p50(), times.p95(), times.p99(), times.max());
    }

    private static int option(List<String> arguments, String name, int defaultValue) {
        int index = arguments.indexOf(name);
        return index >= 0 && index + 1 < arguments.size() ? Integer.parseInt(arguments.get(index + 1)) : defaultValue;
    }
}
