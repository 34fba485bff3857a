package dk.samspil.local;

import dk.samspil.local.bench.AsOfBenchmark;
import dk.samspil.local.bench.Benchmark;
import dk.samspil.local.bench.GatewayKeepAliveBenchmark;
import dk.samspil.local.bench.PageBenchmark;
import dk.samspil.local.chaos.ChaosSuite;
import dk.samspil.local.demo.DemoData;
import dk.samspil.local.tokens.TokenCommand;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar infra/local/target/local-exec.jar <command>}: the local launcher. Dispatches on the first argument;
 * more commands are added to {@link #COMMANDS}.
 */
public final class SamspilLocal {

    /** Env and system property that move the data folder away from {@code <repository>/.samspil-data}. */
    public static final String DATA_FOLDER_ENV = "SAMSPIL_DATA_DIR";
    public static final String DATA_FOLDER_PROPERTY = "samspil.data-dir";
    /** Env and system property that add an offset to every port (to run a second stack beside the first). */
    public static final String PORT_OFFSET_ENV = "SAMSPIL_PORT_OFFSET";
    public static final String PORT_OFFSET_PROPERTY = "samspil.port-offset";

    interface Command {
        int run(List<String> arguments) throws Exception;
    }

    private record Entry(String arguments, String summary, Command command) {
    }

    private static final Map<String, Entry> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("up", new Entry("[tjeneste ...]", "start hele platformen i forgrunden (eller kun de nævnte tjenester,"
                + " altid med identity) og åbn så http://localhost:8080/ i browseren; Ctrl-C stopper",
                arguments -> up(false, arguments)));
        COMMANDS.put("infra", new Entry("", "start kun PostgreSQL, Kafka og MongoDB i forgrunden (til udvikling)",
                arguments -> up(true, List.of())));
        COMMANDS.put("status", new Entry("", "vis om PostgreSQL, Kafka, MongoDB og hver tjeneste i en kørende platform er"
                + " oppe og klar (exit code 1, hvis en del ikke er)",
                arguments -> StackStatus.print(StackStatus.of(configFromEnvironment()), System.out)));
        COMMANDS.put("replay-dead-letters", new Entry(DeadLetterReplay.ARGUMENTS,
                "send en kørende platforms dead letters (alle, eller én consumer-gruppes) tilbage på deres topics, når"
                        + " årsagen er rettet; hvert kun én gang",
                arguments -> DeadLetterReplay.run(arguments, "127.0.0.1:" + configFromEnvironment().kafkaPort(),
                        System.out)));
        COMMANDS.put("rebuild", new Entry(ReadModelRebuild.ARGUMENTS,
                "genopbyg en kørende tjenestes læsemodeller (alle, eller den nævnte) fra dens event store eller topics,"
                        + " og vis fremdriften",
                arguments -> ReadModelRebuild.run(arguments, configFromEnvironment(), System.out)));
        COMMANDS.put("bench", new Entry("[--rate 100] [--duration 60] [--saturation-seconds 20] [--threads 8]",
                "start en egen platform i en midlertidig mappe, kør belastning og udskriv tallene",
                arguments -> Benchmark.run(RepositoryRoot.fromSystemPropertyOrWorkingDirectory(), arguments)));
        COMMANDS.put("bench-asof", new Entry("[--events 100000]",
                "start en egen platform, læg et års historik på Kafka og tag tid på det nationale billede med asOf",
                arguments -> AsOfBenchmark.run(RepositoryRoot.fromSystemPropertyOrWorkingDirectory(), arguments)));
        COMMANDS.put("bench-pages", new Entry("[--requests 200] [--changes 20]",
                "start en egen platform med demodata, log ind gennem gatewayen og tag tid på siderne og live-opdateringen",
                arguments -> PageBenchmark.run(RepositoryRoot.fromSystemPropertyOrWorkingDirectory(), arguments)));
        COMMANDS.put("bench-gateway", new Entry("[--requests 100000] [--connections 8] [--pipeline 2] [--timeout 5]",
                "start en egen platform og send forespørgsler gennem gatewayen på forbindelser, der holdes åbne (sundhed,"
                        + " videresendt med token, afvist); tæl svar pr. status og forespørgsler uden svar",
                arguments -> GatewayKeepAliveBenchmark.run(RepositoryRoot.fromSystemPropertyOrWorkingDirectory(), arguments)));
        COMMANDS.put("chaos", new Entry(ChaosSuite.ARGUMENTS,
                "start en egen platform, send kommandoer gennem gatewayen, mens hver del dræbes med kill -9 efter tur,"
                        + " og tjek, at hver kvitteret kommando er i event store, på Kafka og talt én gang i hver læsemodel",
                arguments -> ChaosSuite.run(RepositoryRoot.fromSystemPropertyOrWorkingDirectory(), arguments)));
        COMMANDS.put("demo", new Entry("[--url <gateway>] [--issuer <identity>] [--only 0336,0101] [--threads 4]",
                "fyld en kørende platform med demodata for alle 98 kommuner gennem API'et (sikkert at køre to gange)",
                arguments -> DemoData.run(arguments, "http://127.0.0.1:"
                        + configFromEnvironment().servicePort(ServiceDescriptor.GATEWAY.name()),
                        configFromEnvironment().identityIssuer())));
        COMMANDS.put("token", new Entry(TokenCommand.ARGUMENTS,
                "udskriv et access token fra den kørende platforms identity: til en demobruger (adgangskode"
                        + " <bruger>-dev) eller fra demoklienten til én organisation",
                arguments -> TokenCommand.run(arguments, configFromEnvironment().identityIssuer(), System.out)));
        COMMANDS.put("help", new Entry("", "vis denne tekst", arguments -> {
            usage(System.out);
            return 0;
        }));
    }

    private SamspilLocal() {
    }

    public static void main(String[] args) {
        String name = args.length == 0 ? "help" : args[0];
        Entry entry = COMMANDS.get(name.equals("-h") || name.equals("--help") ? "help" : name);
        if (entry == null) {
            System.err.println("Ukendt kommando: " + name);
            usage(System.err);
            System.exit(2);
        }
        int exitCode;
        try {
            exitCode = entry.command().run(Arrays.asList(args).subList(Math.min(1, args.length), args.length));
        } catch (LocalStackException e) {
            System.err.println();
            System.err.println("FEJL: " + e.getMessage());
            exitCode = 1;
        } catch (Exception | Error e) {
            e.printStackTrace();
            exitCode = 1;
        }
        System.exit(exitCode);
    }

    static void usage(PrintStream out) {
        out.println("""
                Samspil lokalt: hele platformen på én maskine, alle data i én mappe.

                Brug: ./samspil <kommando> (eller java -Dsamspil.root=<repository> -jar infra/local/target/local-exec.jar <kommando>)
                """);
        COMMANDS.forEach((name, entry) -> out.printf("  %-24s %s%n", name + " " + entry.arguments(), entry.summary()));
        out.println("""

                Tjenester: %s
                Data:      <repository>/.samspil-data (eller $%s / -D%s); logs i <data>/logs
                Browser:   http://localhost:8080/ (gatewayen logger ind og viser siderne fra web);
                           demobrugerne og deres adgangskoder står i infra/identity/README.md
                Porte:     gateway 8080, identity 9000, municipality 8081, district-council 8082,
                           national-association 8083, local-council 8084, web 8085,
                           PostgreSQL 15432, Kafka 19092 (controller 19093), MongoDB 27017;
                           alle flyttet med $%s / -D%s (fx 100: gateway 8180)
                JVM-options for tjenesterne: $%s
                           (standard: %s)
                """.formatted(String.join(", ", ServiceDescriptor.ALL.stream().map(ServiceDescriptor::name).toList()),
                DATA_FOLDER_ENV, DATA_FOLDER_PROPERTY, PORT_OFFSET_ENV, PORT_OFFSET_PROPERTY,
                LocalStackConfig.SERVICE_JVM_OPTIONS_ENV, LocalStackConfig.DEFAULT_SERVICE_JVM_OPTIONS));
    }

    private static int up(boolean infrastructureOnly, List<String> services) throws InterruptedException {
        LocalStackConfig config = configFromEnvironment();
        if (!services.isEmpty()) {
            List<String> named = new ArrayList<>(services);
            // Every service and the gateway check the identity provider's tokens.
            if (!named.contains(ServiceDescriptor.IDENTITY.name())) {
                named.add(0, ServiceDescriptor.IDENTITY.name());
            }
            try {
                config = config.withServices(named.toArray(String[]::new));
            } catch (IllegalArgumentException e) {
                throw new LocalStackException(e.getMessage());
            }
        }
        LocalStack stack = infrastructureOnly ? LocalStack.startInfrastructureOnly(config) : LocalStack.start(config);
        System.out.println(ReadyBanner.of(stack, infrastructureOnly));
        stack.awaitClosed();
        return 0;
    }

    static LocalStackConfig configFromEnvironment() {
        Path root = RepositoryRoot.fromSystemPropertyOrWorkingDirectory();
        LocalStackConfig config = LocalStackConfig.defaults(root);
        String dataFolder = System.getProperty(DATA_FOLDER_PROPERTY, System.getenv(DATA_FOLDER_ENV));
        if (dataFolder != null && !dataFolder.isBlank()) {
            config = config.withDataFolder(Path.of(dataFolder));
        }
        String portOffset = System.getProperty(PORT_OFFSET_PROPERTY, System.getenv(PORT_OFFSET_ENV));
        if (portOffset != null && !portOffset.isBlank()) {
            try {
                config = config.withPortOffset(Integer.parseInt(portOffset.strip()));
            } catch (NumberFormatException e) {
                throw new LocalStackException(PORT_OFFSET_ENV + " is not a number: " + portOffset);
            }
        }
        return config;
    }
}
