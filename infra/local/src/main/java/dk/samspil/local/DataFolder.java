package dk.samspil.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The one folder that holds all local state: databases, Kafka log, Mongo file, logs, pid files and the launcher lock. */
public record DataFolder(Path root) {

    public DataFolder {
        root = root.toAbsolutePath().normalize();
    }

    public Path postgresData() {
        return root.resolve("postgres");
    }

    /** Where zonky unpacks the PostgreSQL binaries (otherwise a directory shared by the whole machine). */
    public Path postgresRuntime() {
        return root.resolve("postgres-runtime");
    }

    public Path kafkaLogs() {
        return root.resolve("kafka");
    }

    public Path mongoFile() {
        return root.resolve("mongo").resolve("samspil.mv");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path logFile(String name) {
        return logs().resolve(name + ".log");
    }

    public Path run() {
        return root.resolve("run");
    }

    public Path pidFile(String serviceName) {
        return run().resolve(serviceName + ".pid");
    }

    public Path lockFile() {
        return root.resolve("launcher.lock");
    }

    /**
     * The running JVM of a service started by a launcher on this folder, from its pid file. A pid is only trusted when
     * that process still runs the service's jar, since the operating system reuses pids.
     */
    public Optional<ProcessHandle> runningService(ServiceDescriptor service) {
        return Processes.liveProcessFromPidFile(pidFile(service.name()))
                .filter(process -> Processes.commandLine(process).contains(service.jarFileName()));
    }

    /** The running postmaster of this folder's PostgreSQL, from {@code postmaster.pid}, checked like a service's. */
    public Optional<ProcessHandle> runningPostmaster() {
        return Processes.liveProcessFromPidFile(postgresData().resolve("postmaster.pid"))
                .filter(process -> Processes.commandLine(process).contains(postgresData().toString()));
    }

    void createDirectories() {
        try {
            for (Path directory : new Path[] {root, postgresRuntime(), kafkaLogs(), mongoFile().getParent(), logs(), run()}) {
                Files.createDirectories(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the data folder " + root, e);
        }
    }
}
