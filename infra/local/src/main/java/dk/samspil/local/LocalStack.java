package dk.samspil.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The whole platform on one machine, all state in one data folder: PostgreSQL (zonky's binaries, its own process), a
 * Kafka KRaft node and the MongoDB wire protocol (mongo-java-server over an H2 file) inside this JVM, and every service
 * as a child JVM.
 *
 * <pre>{@code
 * try (LocalStack stack = LocalStack.start(LocalStackConfig.forTests(repositoryRoot, dataFolder))) {
 *     var gateway = stack.gatewayUrl();
 * }
 * }</pre>
 *
 * Infrastructure starts first (the topics and databases are created if missing), then the services in parallel;
 * {@link #start} returns when every service answers its readiness probe. {@link #close()} (also run by a JVM
 * shutdown hook, so Ctrl-C is clean) stops the services, then MongoDB, then Kafka, then PostgreSQL last.
 */
public final class LocalStack implements AutoCloseable {

    public static final String POSTGRES_USER = EmbeddedPostgresServer.USER;
    public static final String POSTGRES_PASSWORD = EmbeddedPostgresServer.PASSWORD;

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    private static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(15);

    private final LocalStackConfig config;
    private final DataFolder folder;
    private final long startedAt = System.nanoTime();
    /** Started infrastructure, most recent first: closing pops them in reverse start order. */
    private final Deque<NamedResource> infrastructure = new ArrayDeque<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Thread shutdownHook = new Thread(this::close, "samspil-local-shutdown");
    private final CountDownLatch closed = new CountDownLatch(1);
    /**
     * One thread per service and one for PostgreSQL: a restart waits for its service's readiness without holding up
     * another's.
     */
    private final ScheduledExecutorService restarts =
            Executors.newScheduledThreadPool(ServiceDescriptor.ALL.size() + 1, runnable -> {
                Thread thread = new Thread(runnable, "samspil-restarts");
                thread.setDaemon(true);
                return thread;
            });
    private volatile boolean closing;
    private volatile Duration timeToReady;
    private EmbeddedPostgresServer postgres;
    private KafkaKraftBroker kafka;
    private MongoWireServer mongo;

    private LocalStack(LocalStackConfig config) {
        this.config = config;
        this.folder = config.folder();
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts the infrastructure and {@link LocalStackConfig#services()}; returns when all of them are ready. */
    public static LocalStack start(LocalStackConfig config) {
        requireJars(config, config.services());
        return startWith(config, config.services());
    }

    /** PostgreSQL, Kafka, MongoDB, databases and topics; no services (they can be started with {@link #startService}). */
    public static LocalStack startInfrastructureOnly(LocalStackConfig config) {
        return startWith(config, List.of());
    }

    private static LocalStack startWith(LocalStackConfig config, List<ServiceDescriptor> servicesToStart) {
        requireRepositoryRoot(config.repositoryRoot());
        LocalStack stack = new LocalStack(config);
        try {
            stack.startInfrastructure(servicesToStart);
            stack.startServices(servicesToStart);
            stack.timeToReady = Duration.ofNanos(System.nanoTime() - stack.startedAt);
            return stack;
        } catch (RuntimeException | Error e) {
            stack.close();
            throw e;
        }
    }

    public LocalStackConfig config() {
        return config;
    }

    /** Time from the call to {@link #start} until everything answered ready. */
    public Duration timeToReady() {
        return timeToReady;
    }

    public String gatewayUrl() {
        return serviceUrl(ServiceDescriptor.GATEWAY.name());
    }

    /** {@code http://localhost:<port>} of the identity provider: its issuer, and the base of its endpoints. */
    public String identityIssuer() {
        return config.identityIssuer();
    }

    /** {@code http://127.0.0.1:<port>} of a service (whether it runs or not). */
    public String serviceUrl(String serviceName) {
        return "http://127.0.0.1:" + config.servicePort(serviceName);
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** {@code mongodb://127.0.0.1:<port>}. */
    public String mongoUri() {
        return mongo.uri(null);
    }

    /** {@code mongodb://127.0.0.1:<port>/<database>}. */
    public String mongoUri(String database) {
        return mongo.uri(database);
    }

    /**
     * {@code jdbc:postgresql://127.0.0.1:<port>/<database>}; a service name is accepted too ('-' becomes '_').
     * User {@link #POSTGRES_USER}, password {@link #POSTGRES_PASSWORD}.
     */
    public String postgresJdbcUrl(String database) {
        return postgres.jdbcUrl(database.replace('-', '_'));
    }

    public Path dataFolder() {
        return folder.root();
    }

    /** {@code <data>/logs/<service>.log} (also {@code postgres.log}). */
    public Path logFile(String name) {
        return folder.logFile(name);
    }

    public synchronized boolean isRunning(String serviceName) {
        ServiceProcess process = services.get(serviceName);
        return process != null && process.isAlive();
    }

    /** Starts one service (any of {@link ServiceDescriptor#ALL}) and waits until it is ready. */
    public void startService(String serviceName) {
        ServiceDescriptor service = ServiceDescriptor.named(serviceName);
        requireJars(config, List.of(service));
        if (!isRunning(serviceName)) {
            Ports.requireFree(Map.of(serviceName, config.servicePort(serviceName)));
        }
        startServices(List.of(service));
    }

    /** Stops one service: SIGTERM, up to 30 s for a graceful shutdown, then SIGKILL. Does nothing if it is not running. */
    public synchronized void stopService(String serviceName) {
        ServiceDescriptor.named(serviceName);
        ServiceProcess process = services.remove(serviceName);
        if (process != null) {
            stop(List.of(process));
        }
    }

    /** Blocks until the stack is closed (by {@link #close()} or the shutdown hook). */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Stops the services, then MongoDB, Kafka, and PostgreSQL last; releases the data folder. Idempotent. */
    @Override
    public synchronized void close() {
        if (closing) {
            return;
        }
        closing = true;
        restarts.shutdownNow();
        long stopping = System.nanoTime();
        if (!services.isEmpty() || infrastructure.size() > 1) {
            log.info("Stopper Samspil ...");
        }
        stop(new ArrayList<>(services.values()));
        services.clear();
        while (!infrastructure.isEmpty()) {
            NamedResource resource = infrastructure.pop();
            long start = System.nanoTime();
            try {
                resource.resource().close();
                if (resource.announce()) {
                    log.info("{} stoppet ({})", resource.name(), Durations.seconds(Duration.ofNanos(System.nanoTime() - start)));
                }
            } catch (Exception e) {
                log.warn("{} stoppede ikke rent", resource.name(), e);
            }
        }
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs (or ran) anyway and finds the stack closed
            }
        }
        if (timeToReady != null) {
            log.info("Samspil stoppet efter {}", Durations.seconds(Duration.ofNanos(System.nanoTime() - stopping)));
        }
        closed.countDown();
    }

    private void startInfrastructure(List<ServiceDescriptor> servicesToStart) {
        folder.createDirectories();
        startStep("Datamappe-lås", false, () -> DataFolderLock.acquire(folder));
        // Holding the lock, every service process named in a pid file is an orphan of a killed launcher, and a
        // running postmaster in our data directory too. They hold ports, so they go before the port check.
        StaleServiceProcesses.stop(folder, ServiceDescriptor.ALL);
        EmbeddedPostgresServer.stopStalePostmaster(folder);
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("PostgreSQL", config.postgresPort());
        ports.put("Kafka", config.kafkaPort());
        ports.put("Kafka controller", config.kafkaControllerPort());
        ports.put("MongoDB", config.mongoPort());
        servicesToStart.forEach(service -> ports.put(service.name(), config.servicePort(service.name())));
        Ports.requireFree(ports);

        postgres = startStep("PostgreSQL", true, () -> EmbeddedPostgresServer.start(folder, config.postgresPort()));
        postgres.ensureDatabases(ServiceDescriptor.postgresDatabases());
        restartPostgresWhenItStopsUnexpectedly(new RestartBackoff());

        kafka = startStep("Kafka", true,
                () -> KafkaKraftBroker.start(folder.kafkaLogs(), config.kafkaPort(), config.kafkaControllerPort()));
        KafkaTopics.createMissing(kafka.bootstrapServers(), KafkaTopics.required(ServiceDescriptor.ALL));

        mongo = startStep("MongoDB", true, () -> MongoWireServer.start(folder.mongoFile(), config.mongoPort()));
    }

    /** Runs one start step unless the stack is closing; a started resource is closed by {@link #close()}. */
    private synchronized <T extends AutoCloseable> T startStep(String name, boolean announce, Supplier<T> starter) {
        requireOpen();
        long start = System.nanoTime();
        T resource = starter.get();
        infrastructure.push(new NamedResource(name, announce, resource));
        if (announce) {
            log.info("{} klar ({})", name, Durations.seconds(Duration.ofNanos(System.nanoTime() - start)));
        }
        return resource;
    }

    /** The identity provider first and ready, since the others check its tokens; then the others in parallel. */
    private void startServices(List<ServiceDescriptor> toStart) {
        startTogether(toStart.stream().filter(service -> service == ServiceDescriptor.IDENTITY).toList());
        startTogether(toStart.stream().filter(service -> service != ServiceDescriptor.IDENTITY).toList());
    }

    private void startTogether(List<ServiceDescriptor> toStart) {
        if (toStart.isEmpty()) {
            return;
        }
        List<ServiceProcess> started = new ArrayList<>();
        synchronized (this) {
            requireOpen();
            for (ServiceDescriptor service : toStart) {
                if (isRunning(service.name())) {
                    throw new IllegalStateException(service.name() + " is already running");
                }
                ServiceCommand.Infrastructure addresses =
                        new ServiceCommand.Infrastructure(kafka.bootstrapServers(), postgres.port(), mongo.port());
                ServiceProcess process = ServiceProcess.start(service,
                        ServiceCommand.of(service, config, addresses), config.servicePort(service.name()), folder);
                services.put(service.name(), process);
                started.add(process);
            }
            log.info("Starter {} (log i {})", String.join(", ", toStart.stream().map(ServiceDescriptor::name).toList()),
                    folder.logs());
        }
        try {
            awaitReady(started);
        } catch (LocalStackException e) {
            if (closing) {
                throw new LocalStackException("Stoppet under opstarten", e);
            }
            log.error("Opstarten fejlede: {}", e.getMessage().lines().findFirst().orElse(""));
            stopAndForget(started);
            throw e;
        }
        started.forEach(process -> restartWhenItStopsUnexpectedly(process, new RestartBackoff()));
    }

    /** Waits for all in parallel; reports each as it gets ready, and who is still starting every 15 s. */
    private void awaitReady(List<ServiceProcess> processes) {
        ExecutorService pool = Executors.newFixedThreadPool(processes.size(), runnable -> {
            Thread thread = new Thread(runnable, "samspil-readiness");
            thread.setDaemon(true);
            return thread;
        });
        CompletionService<Duration> readiness = new ExecutorCompletionService<>(pool);
        Map<Future<Duration>, ServiceProcess> waiting = new HashMap<>();
        long waitingSince = System.nanoTime();
        try {
            for (ServiceProcess process : processes) {
                waiting.put(readiness.submit(() -> process.awaitReady(config.readinessTimeout())), process);
            }
            while (!waiting.isEmpty()) {
                Future<Duration> done = readiness.poll(PROGRESS_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
                if (done == null) {
                    log.info("Venter stadig på {} ({} s)", String.join(", ", waiting.values().stream().map(ServiceProcess::name).sorted().toList()),
                            Duration.ofNanos(System.nanoTime() - waitingSince).toSeconds());
                    continue;
                }
                ServiceProcess process = waiting.remove(done);
                log.info("{} klar efter {}", process.name(), Durations.seconds(done.get()));
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof LocalStackException failure ? failure
                    : new LocalStackException("Waiting for readiness failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Afbrudt mens der blev ventet på tjenesterne", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A service that stops without being asked to is started again, after a wait that grows while it keeps failing. */
    private void restartWhenItStopsUnexpectedly(ServiceProcess process, RestartBackoff backoff) {
        process.onExit().thenAccept(exited -> {
            if (process.stopRequested() || closing) {
                return;
            }
            Duration wait = backoff.after(process.ranFor());
            log.warn("{} stoppede uventet (exit code {}); genstarter om {} s; se {}", process.name(), exited.exitValue(),
                    wait.toSeconds(), process.logFile());
            restarts.schedule(() -> restart(process, backoff), wait.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    private void restart(ServiceProcess stopped, RestartBackoff backoff) {
        ServiceProcess process;
        synchronized (this) {
            if (closing || services.get(stopped.name()) != stopped) {
                return; // stopping, or stopped or started again on purpose meanwhile
            }
            ServiceCommand.Infrastructure addresses =
                    new ServiceCommand.Infrastructure(kafka.bootstrapServers(), postgres.port(), mongo.port());
            process = ServiceProcess.start(stopped.service(), ServiceCommand.of(stopped.service(), config, addresses),
                    config.servicePort(stopped.name()), folder);
            services.put(stopped.name(), process);
        }
        restartWhenItStopsUnexpectedly(process, backoff);
        try {
            Duration ready = process.awaitReady(config.readinessTimeout());
            log.info("{} genstartet og klar efter {}", process.name(), Durations.seconds(ready));
        } catch (LocalStackException notReady) {
            log.warn("{} blev ikke klar efter genstart: {}", process.name(),
                    notReady.getMessage().lines().findFirst().orElse(""));
        }
    }

    /**
     * PostgreSQL runs outside this JVM: a postmaster that dies (a crash, {@code kill -9}) is started again on the same
     * data directory and port, with the same backoff as a service. The services' connection pools reconnect by
     * themselves.
     */
    private void restartPostgresWhenItStopsUnexpectedly(RestartBackoff backoff) {
        ProcessHandle postmaster = postgres.postmaster()
                .orElseThrow(() -> new LocalStackException("PostgreSQL runs, but its postmaster.pid names no live process"));
        long startedAt = System.nanoTime();
        postmaster.onExit().thenAccept(exited -> {
            if (closing) {
                return;
            }
            Duration wait = backoff.after(Duration.ofNanos(System.nanoTime() - startedAt));
            log.warn("PostgreSQL (pid {}) stoppede uventet; genstarter om {} s; se {}", postmaster.pid(), wait.toSeconds(),
                    folder.logFile("postgres"));
            schedulePostgresRestart(backoff, wait);
        });
    }

    private void schedulePostgresRestart(RestartBackoff backoff, Duration wait) {
        try {
            restarts.schedule(() -> restartPostgres(backoff), wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closedMeanwhile) {
            // the stack is stopping: nothing to restart
        }
    }

    private void restartPostgres(RestartBackoff backoff) {
        long start = System.nanoTime();
        synchronized (this) {
            if (closing) {
                return;
            }
            try {
                postgres.restart();
            } catch (LocalStackException notYet) {
                Duration wait = backoff.after(Duration.ZERO);
                log.warn("PostgreSQL kunne ikke starte igen ({}); prøver igen om {} s", rootMessage(notYet), wait.toSeconds());
                schedulePostgresRestart(backoff, wait);
                return;
            }
        }
        log.info("PostgreSQL genstartet og klar efter {}", Durations.seconds(Duration.ofNanos(System.nanoTime() - start)));
        restartPostgresWhenItStopsUnexpectedly(backoff);
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    /** A start that failed leaves nothing behind: the other services of the same start are stopped as well. */
    private synchronized void stopAndForget(List<ServiceProcess> processes) {
        processes.forEach(process -> services.remove(process.name(), process));
        stop(processes);
    }

    /** SIGTERM to all at once, then wait for each (they shut down in parallel). */
    private void stop(List<ServiceProcess> processes) {
        processes.forEach(ServiceProcess::requestStop);
        for (ServiceProcess process : processes) {
            long start = System.nanoTime();
            boolean killed = process.awaitStop(SERVICE_STOP_GRACE);
            log.info("{} {} ({})", process.name(), killed ? "dræbt efter " + SERVICE_STOP_GRACE.toSeconds() + " s" : "stoppet",
                    Durations.seconds(Duration.ofNanos(System.nanoTime() - start)));
        }
    }

    private void requireOpen() {
        if (closing) {
            throw new LocalStackException("The local stack is stopped or stopping");
        }
    }

    private static void requireRepositoryRoot(Path root) {
        if (!Files.isRegularFile(root.resolve("pom.xml"))) {
            throw new LocalStackException(root + " is not the Samspil repository root (no pom.xml there);"
                    + " run from the repository root or set -Dsamspil.root");
        }
    }

    private static void requireJars(LocalStackConfig config, List<ServiceDescriptor> toStart) {
        List<String> missing = toStart.stream()
                .filter(service -> !Files.isRegularFile(config.jarOf(service)))
                .map(service -> service.jar().toString())
                .toList();
        if (!missing.isEmpty()) {
            throw new LocalStackException("Mangler " + String.join(", ", missing) + " i " + config.repositoryRoot()
                    + ".\nByg med: ./mvnw -DskipTests package (./samspil up bygger selv det, der mangler)");
        }
    }

    private record NamedResource(String name, boolean announce, AutoCloseable resource) {
    }
}
