package dk.samspil.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
