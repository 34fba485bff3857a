package dk.samspil.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Small helpers around operating-system processes. */
final class Processes {

    private Processes() {
    }

    /** SIGTERM, wait up to {@code grace}, then SIGKILL. Returns true when the process had to be killed. */
    static boolean terminate(ProcessHandle process, Duration grace) {
        if (!process.isAlive()) {
            return false;
        }
        process.destroy();
        return awaitExitOrKill(process, grace);
    }

    /** Waits up to {@code grace} for a process that was asked to stop, then SIGKILL. Returns true when it was killed. */
    static boolean awaitExitOrKill(ProcessHandle process, Duration grace) {
        if (awaitExit(process, grace)) {
            return false;
        }
        process.destroyForcibly();
        awaitExit(process, Duration.ofSeconds(10));
        return true;
    }

    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** The full command line of a live process, or "" when it cannot be read. */
    static String commandLine(ProcessHandle process) {
        Path procFile = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        try {
            if (Files.isReadable(procFile)) {
                return new String(Files.readAllBytes(procFile), StandardCharsets.UTF_8).replace('\0', ' ').strip();
            }
        } catch (IOException ignored) {
            // fall back to what the JDK knows
        }
        return process.info().commandLine().orElse("");
    }

    /** The live process whose pid is the first line of {@code pidFile}, if there is one. */
    static Optional<ProcessHandle> liveProcessFromPidFile(Path pidFile) {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            String firstLine = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            return ProcessHandle.of(Long.parseLong(firstLine)).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
