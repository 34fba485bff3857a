package dk.samspil.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Service JVMs left running by a launcher that was killed (SIGKILL gives it no chance to stop its children). Their
 * pids are in {@code <data>/run/<name>.pid} ({@link DataFolder#runningService}).
 */
final class StaleServiceProcesses {

    private static final Logger log = LoggerFactory.getLogger(StaleServiceProcesses.class);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private StaleServiceProcesses() {
    }

    /** Must only run while holding the data folder lock: then every process named in a pid file is an orphan. */
    static void stop(DataFolder folder, Collection<ServiceDescriptor> services) {
        List<ProcessHandle> stopping = new ArrayList<>();
        for (ServiceDescriptor service : services) {
            folder.runningService(service).ifPresent(process -> {
                log.warn("Stopper efterladt {} (pid {}) fra en tidligere launcher", service.name(), process.pid());
                process.destroy();
                stopping.add(process);
            });
        }
        stopping.forEach(process -> Processes.awaitExitOrKill(process, GRACE));
        for (ServiceDescriptor service : services) {
            try {
                Files.deleteIfExists(folder.pidFile(service.name()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
