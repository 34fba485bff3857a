package dk.samspil.local.chaos;

import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.local.Durations;
import dk.samspil.local.LauncherProcess;
import dk.samspil.local.LocalStackConfig;
import dk.samspil.local.ReadModelRebuild;
import dk.samspil.local.ServiceDescriptor;
import dk.samspil.local.tokens.OrganisationTokens;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * {@code ./samspil chaos}: a fault-injection suite. Starts its own stack as {@code ./samspil up} in a child process
 * (its own data folder and ports), sends commands through the gateway from several clients while it kills the parts of
 * the stack with SIGKILL one after another, and then checks that every acknowledged command is in the event store
 * once, on Kafka, and counted exactly once in every read model. Prints the figures; exit code 1 on any loss, double
 * count, or part that did not come back.
 *
 * <p>The clients send at a steady rate from before the first fault until after the last, so every fault happens under
 * load. A fault comes once the one before has recovered and the stack acknowledged commands again, and not before its
 * share of the commands was sent; the clients stop when the last has recovered and at least the asked-for number of
 * commands was sent (more if the faults took longer than those commands at that rate).
 */
public final class ChaosSuite {

    /** Six municipalities in three police districts (1467, 1470, 1461). */
    static final List<String> MUNICIPALITIES = List.of("0336", "0259", "0265", "0101", "0147", "0751");
    public static final String ARGUMENTS = ChaosOptions.USAGE;

    private static final int FIRST_PORT_OFFSET = 1000;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration RECOVERY_DEADLINE = Duration.ofMinutes(5);
    /** Between two faults the stack must have acknowledged this many commands: it works again, not just answers. */
    private static final int ACKNOWLEDGED_BETWEEN_FAULTS = 3;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);

    private final ChaosOptions options;
    private final PrintStream out;
    private long startedAt;
    private long lastProgress;

    private ChaosSuite(ChaosOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** The command: a temporary data folder, removed after a passing run and kept (with its logs) after a failing one. */
    public static int run(Path repositoryRoot, List<String> arguments) throws IOException, InterruptedException {
        ChaosOptions options = ChaosOptions.parse(arguments);
        Path dataFolder = Files.createTempDirectory("samspil-chaos-");
        ChaosReport report = new ChaosSuite(options, System.out).run(repositoryRoot, dataFolder);
        if (report.passed()) {
            deleteRecursively(dataFolder);
        } else {
            System.out.println("Data og logs er gemt i " + dataFolder);
        }
        return report.passed() ? 0 : 1;
    }

    static ChaosReport run(Path repositoryRoot, Path dataFolder, ChaosOptions options, PrintStream out)
            throws InterruptedException {
        return new ChaosSuite(options, out).run(repositoryRoot, dataFolder);
    }

    private ChaosReport run(Path repositoryRoot, Path dataFolder) throws InterruptedException {
        int portOffset = LauncherProcess.freePortOffset(repositoryRoot, FIRST_PORT_OFFSET);
        out.printf(Locale.ROOT, "Kaos: mindst %d kommandoer fra %d klienter (%d/s i alt) gennem gatewayen; kill -9 af %s;"
                        + " data i %s, porte +%d%n", options.commands(), options.clients(), options.rate(),
                String.join(", ", options.faults().stream().map(Fault::label).toList()), dataFolder, portOffset);
        try (LauncherProcess launcher = LauncherProcess.start(repositoryRoot, dataFolder, portOffset)) {
            Thread stopOnInterrupt = new Thread(launcher::close, "samspil-chaos-stop");
            Runtime.getRuntime().addShutdownHook(stopOnInterrupt);
            try {
                out.println("Starter platformen (log i " + launcher.logFile() + ") …");
                out.println("Platformen er klar efter " + Durations.seconds(launcher.awaitReady(START_TIMEOUT)));
                return underLoad(launcher);
            } finally {
                Runtime.getRuntime().removeShutdownHook(stopOnInterrupt);
                out.println("Stopper platformen …");
            }
        }
    }

    private ChaosReport underLoad(LauncherProcess launcher) throws InterruptedException {
        LocalStackConfig config = launcher.config();
        OrganisationTokens tokens = new OrganisationTokens(config.identityIssuer());
        String gateway = "http://127.0.0.1:" + config.servicePort(ServiceDescriptor.GATEWAY.name());
        CommandLoad load = new CommandLoad(IntStream.range(0, options.clients())
                .mapToObj(client -> new ChaosClient(gateway, tokens, MUNICIPALITIES, client + 1L))
                .toList(), options.rate());
        FaultInjector injector = new FaultInjector(launcher, RECOVERY_DEADLINE, load::started);
        List<FaultInjector.Recovery> recoveries = new ArrayList<>();
        startedAt = System.nanoTime();
        lastProgress = startedAt;
        load.start();
        int acknowledgedAtRecovery = 0;
        for (int i = 0; i < options.faults().size(); i++) {
            Fault fault = options.faults().get(i);
            if (!awaitLoad(load, options.commands() * (i + 1) / (options.faults().size() + 1),
                    acknowledgedAtRecovery + ACKNOWLEDGED_BETWEEN_FAULTS)) {
                break;
            }
            long pid = launcher.process(fault.part()).map(ProcessHandle::pid).orElse(-1L);
            say("kill -9 " + fault.label() + " (pid " + pid + ") efter " + load.started() + " kommandoer");
            FaultInjector.Recovery recovery = injector.inject(fault);
            recoveries.add(recovery);
            if (!recovery.recovered()) {
                say(fault.label() + " kom ikke op inden for " + Durations.seconds(RECOVERY_DEADLINE) + ": "
                        + String.join(", ", launcher.notReady()) + "; ingen flere fejl");
                break;
            }
            say(fault.label() + " svarer igen efter " + Durations.seconds(recovery.partBack())
                    + "; hele platformen klar efter " + Durations.seconds(recovery.stackReady()));
            acknowledgedAtRecovery = load.acknowledged();
        }
        awaitLoad(load, options.commands(), acknowledgedAtRecovery + ACKNOWLEDGED_BETWEEN_FAULTS);
        load.finishAt(load.started());
        List<SentCommand> commands = load.awaitFinished();
        say("alle " + commands.size() + " kommandoer har fået svar (" + load.acknowledged() + " kvitteret); venter på,"
                + " at event store, Kafka og læsemodellerne stemmer (højst " + Durations.seconds(options.catchUp()) + ") …");
        List<String> districts = MUNICIPALITIES.stream()
                .map(code -> ReferenceData.instance().districtOf(code).code()).distinct().toList();
        try (PublishedEvents published = new PublishedEvents("127.0.0.1:" + config.kafkaPort())) {
            Verification verification = new Verification(new MunicipalityEventStore(config), published,
                    new ReadModels(config, tokens, MUNICIPALITIES, districts), MUNICIPALITIES, districts);
            ChaosReport report = ChaosReport.of(commands, recoveries, verification.awaitConsistent(options.catchUp(), out));
            if (report.passed()) {
                report = report.withRebuild(rebuildEveryReadModel(config, verification));
            }
            if (!launcher.isAlive()) {
                out.println("ADVARSEL: launcheren stoppede, uden at testen dræbte den; se " + launcher.logFile());
            }
            report.print(out);
            return report;
        }
    }

    /** Every read model equals a rebuild from scratch: rebuilt, it agrees with the event store as before. */
    private Verification.Result rebuildEveryReadModel(LocalStackConfig config, Verification verification)
            throws InterruptedException {
        say("genopbygger hver tjenestes læsemodeller fra bunden og tjekker dem igen");
        for (ServiceDescriptor service : List.of(ServiceDescriptor.MUNICIPALITY, ServiceDescriptor.DISTRICT_COUNCIL,
                ServiceDescriptor.NATIONAL_ASSOCIATION, ServiceDescriptor.LOCAL_COUNCIL)) {
            try {
                ReadModelRebuild.run(List.of(service.name()), config, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return verification.awaitConsistent(options.catchUp(), out);
    }

    /**
     * Until {@code due} commands were handed out and then {@code acknowledged} answered 2xx; false if the stack did not
     * acknowledge that many within {@link #RECOVERY_DEADLINE}.
     */
    private boolean awaitLoad(CommandLoad load, int due, int acknowledged) throws InterruptedException {
        while (load.started() < due) {
            pause(load);
        }
        long deadline = System.nanoTime() + RECOVERY_DEADLINE.toNanos();
        while (load.acknowledged() < acknowledged) {
            if (System.nanoTime() - deadline > 0) {
                say("platformen kvitterede kun " + load.acknowledged() + " kommandoer; ingen flere fejl");
                return false;
            }
            pause(load);
        }
        return true;
    }

    private void pause(CommandLoad load) throws InterruptedException {
        if (System.nanoTime() - lastProgress > PROGRESS_EVERY.toNanos()) {
            say("sendt " + load.started() + ", kvitteret " + load.acknowledged());
        }
        TimeUnit.MILLISECONDS.sleep(200);
    }

    private void say(String line) {
        lastProgress = System.nanoTime();
        out.printf(Locale.ROOT, "[%5.0f s] %s%n", (lastProgress - startedAt) / 1e9, line);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
