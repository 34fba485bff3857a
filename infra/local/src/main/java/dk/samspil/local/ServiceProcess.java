package dk.samspil.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** One service running as a child JVM, its output appended to its log file and its pid in a pid file. */
final class ServiceProcess {

    static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    static final int LOG_LINES_ON_FAILURE = 40;

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    private final ServiceDescriptor service;
    private final Process process;
    private final Path logFile;
    private final Path pidFile;
    private final URI readinessUri;
    private final long startedAt = System.nanoTime();
    private volatile boolean stopRequested;

    private ServiceProcess(ServiceDescriptor service, Process process, Path logFile, Path pidFile, int port) {
        this.service = service;
        this.process = process;
        this.logFile = logFile;
        this.pidFile = pidFile;
        this.readinessUri = URI.create("http://127.0.0.1:" + port + ServiceDescriptor.READINESS_PATH);
    }

    static ServiceProcess start(ServiceDescriptor service, List<String> command, int port, DataFolder folder) {
        Path logFile = folder.logFile(service.name());
        Path pidFile = folder.pidFile(service.name());
        try {
            Files.writeString(logFile, "%n===== %s samspil-local starter %s: %s =====%n"
                            .formatted(OffsetDateTime.now(), service.name(), String.join(" ", command)),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Process process = new ProcessBuilder(command)
                    .directory(folder.root().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            process.getOutputStream().close(); // no stdin
            Files.writeString(pidFile, process.pid() + System.lineSeparator(), StandardCharsets.UTF_8);
            return new ServiceProcess(service, process, logFile, pidFile, port);
        } catch (IOException e) {
            throw new LocalStackException("Could not start " + service.name() + " (" + String.join(" ", command) + ")", e);
        }
    }

    String name() {
        return service.name();
    }

    ServiceDescriptor service() {
        return service;
    }

    /** How long the process has run (until now, or until it stopped: read after it has exited, it is that). */
    Duration ranFor() {
        return Duration.ofNanos(System.nanoTime() - startedAt);
    }

    long pid() {
        return process.pid();
    }

    Path logFile() {
        return logFile;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    boolean stopRequested() {
        return stopRequested;
    }

    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /**
     * Polls the readiness probe until it answers 200. Fails, with the end of the service's log, when the process exits
     * or the timeout passes. Returns the time from start to ready.
     */
    Duration awaitReady(Duration timeout) {
        long deadline = startedAt + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new LocalStackException(service.name() + " stoppede under opstarten (exit code " + process.exitValue() + ")\n"
                        + LogTail.format(logFile, LOG_LINES_ON_FAILURE));
            }
            if (answersReady()) {
                return Duration.ofNanos(System.nanoTime() - startedAt);
            }
            if (System.nanoTime() - deadline > 0) {
                throw new LocalStackException(service.name() + " var ikke klar efter " + timeout.toSeconds() + " s ("
                        + readinessUri + ")\n" + LogTail.format(logFile, LOG_LINES_ON_FAILURE));
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LocalStackException("Afbrudt mens der blev ventet på " + service.name(), e);
            }
        }
    }

    private boolean answersReady() {
        HttpRequest request = HttpRequest.newBuilder(readinessUri).timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks the JVM to stop (SIGTERM: Spring Boot shuts down gracefully) without waiting. */
    void requestStop() {
        stopRequested = true;
        process.destroy();
    }

    /** Waits up to {@code grace} after {@link #requestStop()}, then kills; removes the pid file. Returns true if killed. */
    boolean awaitStop(Duration grace) {
        requestStop();
        boolean killed = Processes.awaitExitOrKill(process.toHandle(), grace);
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return killed;
    }
}
