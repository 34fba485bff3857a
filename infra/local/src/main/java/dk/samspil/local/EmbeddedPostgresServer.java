package dk.samspil.local;

import ch.qos.logback.classic.Level;
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
import java.util.Optional;
import java.util.stream.Stream;

/**
 * PostgreSQL from zonky's embedded binaries, with a persistent data directory inside the data folder.
 *
 * <p>Zonky starts PostgreSQL with {@code fsync=off}: fast, but a crash of the machine may lose or corrupt recent data.
 * Zonky's {@code synchronous_commit=off} is switched back on: with it off, a commit is acknowledged before its WAL is
 * written, so a postmaster killed with SIGKILL loses the last transactions the services were told had committed
 * (seen by {@code ./samspil chaos}). Written to the operating system, they survive any death of a process. A killed
 * launcher loses nothing either: the postmaster keeps running until the next start stops it cleanly.
 *
 * <p>A postmaster that dies is noticed by {@link LocalStack}, which calls {@link #restart()}.
 *
 * <p>Zonky's own JVM shutdown hook is switched off: it would stop PostgreSQL while the services still use it. The
 * {@link LocalStack} closes this server last.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres"; // zonky's initdb uses trust authentication: any password is accepted

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration STALE_POSTMASTER_GRACE = Duration.ofSeconds(20);

    private final DataFolder folder;
    private final int port;
    private volatile EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(DataFolder folder, int port, EmbeddedPostgres postgres) {
        this.folder = folder;
        this.port = port;
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(DataFolder folder, int port) {
        stopStalePostmaster(folder);
        removeIncompleteDataDirectory(folder.postgresData());
        return new EmbeddedPostgresServer(folder, port, startPostmaster(folder, port));
    }

    private static EmbeddedPostgres startPostmaster(DataFolder folder, int port) {
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(folder.postgresData())
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(folder.postgresRuntime().toFile())
                    .setPort(port)
                    .setServerConfig("synchronous_commit", "on")
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(folder.logFile("postgres").toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(folder.logFile("postgres").toFile()))
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new LocalStackException("PostgreSQL could not start on port " + port + " (see " + folder.logFile("postgres") + ")", e);
        }
    }

    /** The running postmaster, if there is one: its pid is the first line of {@code postmaster.pid}. */
    Optional<ProcessHandle> postmaster() {
        return folder.runningPostmaster();
    }

    /**
     * Starts PostgreSQL again on the same data directory and port after its postmaster died (it recovers from its WAL).
     * Fails while the dead postmaster's backends still hold its shared memory; they follow it within moments.
     */
    synchronized void restart() {
        closeDeadPostmaster();
        postgres = startPostmaster(folder, port);
    }

    /**
     * Releases zonky's lock on the data directory. Its {@code pg_ctl stop} fails on the dead postmaster, which zonky logs
     * as an error with a stack trace; the launcher has said what happened, so zonky's logger is quiet meanwhile.
     */
    private void closeDeadPostmaster() {
        ch.qos.logback.classic.Logger zonky = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(EmbeddedPostgres.class);
        Level level = zonky.getLevel();
        zonky.setLevel(Level.OFF);
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            log.debug("Closing the dead PostgreSQL", e);
        } finally {
            zonky.setLevel(level);
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
        folder.runningPostmaster().ifPresent(postmaster -> {
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
