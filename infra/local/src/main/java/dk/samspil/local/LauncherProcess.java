package dk.samspil.local;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * {@code ./samspil up} as a child process of this JVM, on a data folder and port offset of its own: a stack that can
 * be killed with SIGKILL as a whole, launcher and all, and started again on the same folder, as an operator would. Its
 * output goes to {@code <data>/logs/launcher.log}.
 */
public final class LauncherProcess implements AutoCloseable {

    /** The names of the parts, as {@link #notReady()} and {@link #processes()} give them, beside the services'. */
    public static final String LAUNCHER = "launcher";
    public static final String POSTGRES = StackStatus.POSTGRES;
    public static final String KAFKA = StackStatus.KAFKA;
    public static final String MONGODB = StackStatus.MONGODB;

    /** The launcher's JVM options of the {@code samspil} script (Kafka and MongoDB run in it). */
    static final String DEFAULT_JVM_OPTIONS = "-XX:+UseSerialGC -Xms256m -Xmx512m -XX:MaxMetaspaceSize=128m -Xss512k";
    static final String JVM_OPTIONS_ENV = "SAMSPIL_LAUNCHER_JVM_OPTS";

    private static final Duration STOP_GRACE = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofMillis(250);

    private final LocalStackConfig config;
    private final int portOffset;
    private final Path logFile;
    private volatile Process process;

    private LauncherProcess(LocalStackConfig config, int portOffset) {
        this.config = config;
        this.portOffset = portOffset;
        this.logFile = config.folder().logFile(LAUNCHER);
    }

    /** Starts {@code up} on the folder, with every port moved by {@code portOffset}; does not wait for readiness. */
    public static LauncherProcess start(Path repositoryRoot, Path dataFolder, int portOffset) {
        LocalStackConfig config = LocalStackConfig.defaults(repositoryRoot).withDataFolder(dataFolder)
                .withPortOffset(portOffset);
        LauncherProcess launcher = new LauncherProcess(config, portOffset);
        launcher.launch();
        return launcher;
    }

    /** The first offset from {@code from} on, in steps of 100, at which every port of a stack is free. */
    public static int freePortOffset(Path repositoryRoot, int from) {
        return IntStream.iterate(from, offset -> offset + 100).limit(200)
                .filter(offset -> allFree(LocalStackConfig.defaults(repositoryRoot).withPortOffset(offset)))
                .findFirst()
                .orElseThrow(() -> new LocalStackException("Ingen ledige porte til en ekstra platform fra +" + from));
    }

    private static boolean allFree(LocalStackConfig config) {
        return ports(config).values().stream().allMatch(Ports::isFree);
    }

    private static Map<String, Integer> ports(LocalStackConfig config) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put(POSTGRES, config.postgresPort());
        ports.put(KAFKA, config.kafkaPort());
        ports.put("Kafka controller", config.kafkaControllerPort());
        ports.put(MONGODB, config.mongoPort());
        config.servicePorts().forEach(ports::put);
        return ports;
    }

    public LocalStackConfig config() {
        return config;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The parts that are not up: PostgreSQL, Kafka or MongoDB not listening, a service not answering ready. */
    public List<String> notReady() {
        List<String> down = new ArrayList<>();
        if (!process.isAlive()) {
            down.add(LAUNCHER);
        }
        StackStatus.of(config).stream().filter(part -> !part.state().isUp()).map(StackStatus.Part::name).forEach(down::add);
        return down;
    }

    /** Waits until every part is up; fails with the end of the launcher's log when it stops or the timeout passes. */
    public Duration awaitReady(Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (!notReady().isEmpty()) {
            if (!process.isAlive()) {
                throw new LocalStackException("Launcheren stoppede (exit code " + process.exitValue() + ")\n"
                        + LogTail.format(logFile, ServiceProcess.LOG_LINES_ON_FAILURE));
            }
            if (System.nanoTime() - deadline > 0) {
                throw new LocalStackException("Platformen var ikke klar efter " + timeout.toSeconds() + " s: "
                        + String.join(", ", notReady()) + "\n" + LogTail.format(logFile, ServiceProcess.LOG_LINES_ON_FAILURE));
            }
            TimeUnit.MILLISECONDS.sleep(POLL.toMillis());
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * The process of every part now, by name: the launcher (Kafka and MongoDB run in it), PostgreSQL's postmaster and
     * each service; a part that does not run is missing.
     */
    public Map<String, ProcessHandle> processes() {
        Map<String, ProcessHandle> processes = new LinkedHashMap<>();
        if (process.isAlive()) {
            processes.put(LAUNCHER, process.toHandle());
        }
        DataFolder folder = config.folder();
        folder.runningPostmaster().ifPresent(postmaster -> processes.put(POSTGRES, postmaster));
        ServiceDescriptor.ALL.forEach(service ->
                folder.runningService(service).ifPresent(running -> processes.put(service.name(), running)));
        return processes;
    }

    public Optional<ProcessHandle> process(String part) {
        return Optional.ofNullable(processes().get(part));
    }

    /**
     * SIGKILL to the launcher alone, as a crash would: its Kafka broker and MongoDB server die with it, its services and
     * PostgreSQL run on as orphans until the next launcher on the folder stops them. Returns when it has exited.
     */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Starts the launcher again on the same folder and ports (after {@link #kill()}); does not wait for readiness. */
    public void startAgain() {
        if (process.isAlive()) {
            throw new IllegalStateException("The launcher still runs (pid " + process.pid() + ")");
        }
        launch();
    }

    /**
     * SIGTERM: the launcher stops the services and the infrastructure cleanly; SIGKILL after 90 s. A launcher that died
     * meanwhile, or had to be killed, leaves its services and PostgreSQL running: they are stopped as its next start
     * would stop them.
     */
    @Override
    public void close() {
        Processes.terminate(process.toHandle(), STOP_GRACE);
        DataFolder folder = config.folder();
        try (DataFolderLock ignored = DataFolderLock.acquire(folder)) {
            StaleServiceProcesses.stop(folder, ServiceDescriptor.ALL);
            EmbeddedPostgresServer.stopStalePostmaster(folder);
        } catch (DataFolderInUseException anotherLauncherRuns) {
            // not ours to stop
        }
    }

    private void launch() {
        List<String> command = new ArrayList<>();
        command.add(ServiceCommand.javaExecutable());
        String options = System.getenv(JVM_OPTIONS_ENV);
        command.addAll(List.of((options == null || options.isBlank() ? DEFAULT_JVM_OPTIONS : options).strip().split("\\s+")));
        command.add("-D" + RepositoryRoot.PROPERTY + "=" + config.repositoryRoot());
        command.add("-D" + SamspilLocal.DATA_FOLDER_PROPERTY + "=" + config.dataFolder());
        command.add("-D" + SamspilLocal.PORT_OFFSET_PROPERTY + "=" + portOffset);
        command.addAll(thisLauncher());
        command.add("up");
        try {
            config.folder().createDirectories();
            Files.writeString(logFile, "%n===== %s %s =====%n".formatted(OffsetDateTime.now(), String.join(" ", command)),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Process started = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            started.getOutputStream().close();
            process = started;
        } catch (IOException e) {
            throw new LocalStackException("Kunne ikke starte launcheren: " + String.join(" ", command), e);
        }
    }

    /**
     * How this JVM was started, pointed at the launcher's main class: {@code -jar local-exec.jar} from the runnable jar
     * (a Spring Boot jar: its classes are nested), {@code -cp <class path> SamspilLocal} otherwise (the tests).
     */
    private static List<String> thisLauncher() {
        String classPath = System.getProperty("java.class.path");
        if (!classPath.contains(File.pathSeparator) && classPath.endsWith("-exec.jar")) {
            return List.of("-jar", classPath);
        }
        return List.of("-cp", classPath, SamspilLocal.class.getName());
    }
}
