package dk.samspil.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * PostgreSQL from zonky's embedded binaries, with a persistent data directory inside the data folder.
 *
 * <p>Zonky starts PostgreSQL with {@code fsync=off} (and {@code synchronous_commit=off}): fast, but only a clean stop
 * is guaranteed durable. A crash of the machine may lose or corrupt recent data; a killed launcher does not, because
 * the postmaster keeps running until the next start stops it cleanly.
 *
 * <p>Zonky's own JVM shutdown hook is switched off: it would stop PostgreSQL while the services still use it. The
 * {@link LocalStack} closes this server last.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres"; // zonky's initdb uses trust authentication: any password is accepted

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration STALE_POSTMASTER_GRACE = Duration.ofSeconds(20);

    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    static EmbeddedPostgresServer start(DataFolder folder, int port) {
        Path dataDirectory = folder.postgresData();
        stopStalePostmaster(folder);
        removeIncompleteDataDirectory(dataDirectory);
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(folder.postgresRuntime().toFile())
                    .setPort(port)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(folder.logFile("postgres").toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(folder.logFile("postgres").toFile()))
                    .start();
            return new EmbeddedPostgresServer(postgres, port);
        } catch (IOException | RuntimeException e) {
            throw new LocalStackException("PostgreSQL could not start on port " + port + " (see " + folder.logFile("postgres") + ")", e);
        }
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates each database that does not exist yet. */
    void ensureDatabases(Collection<String> databases) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            for (String database : databases) {
                if (!database.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalArgumentException("Not a plain database name: " + database);
                }
                if (!exists(connection, database)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("CREATE DATABASE " + database);
                    }
                    log.info("PostgreSQL-database {} oprettet", database);
                }
            }
        } catch (SQLException e) {
            throw new LocalStackException("Could not create the PostgreSQL databases " + databases, e);
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    @Override
    public void close() {
        try {
            postgres.close(); // pg_ctl stop -m fast
        } catch (IOException e) {
            log.warn("PostgreSQL did not stop cleanly", e);
        }
    }

    /**
     * A launcher killed with SIGKILL leaves its postmaster running (it holds the port and the data directory). Its pid
     * is the first line of {@code postmaster.pid}; stop it before starting a new one.
     */
    static void stopStalePostmaster(DataFolder folder) {
        Processes.liveProcessFromPidFile(folder.postgresData().resolve("postmaster.pid"))
                .filter(process -> Processes.commandLine(process).contains(folder.postgresData().toString()))
                .ifPresent(postmaster -> {
                    log.warn("Stopper efterladt PostgreSQL (pid {}) fra en tidligere launcher", postmaster.pid());
                    if (Processes.terminate(postmaster, STALE_POSTMASTER_GRACE)) {
                        log.warn("PostgreSQL (pid {}) stoppede ikke inden {} s og blev dræbt; den genopretter sig ved start",
                                postmaster.pid(), STALE_POSTMASTER_GRACE.toSeconds());
                    }
                });
    }

    /** An initdb that was interrupted leaves a directory initdb refuses to reuse; it never held data, so start over. */
    private static void removeIncompleteDataDirectory(Path dataDirectory) {
        if (!Files.isDirectory(dataDirectory) || Files.exists(dataDirectory.resolve("postgresql.conf"))) {
            return;
        }
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the incomplete PostgreSQL data directory " + dataDirectory, e);
        }
    }
}
