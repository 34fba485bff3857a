package dk.samspil.local;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The MongoDB wire protocol (mongo-java-server) over one H2 MVStore file in the data folder.
 *
 * <p>H2 writes what it was given about once a second, and a write is acknowledged before that: a launcher killed
 * without closing the store loses the last second, while the Kafka positions and Axon tokens that count those writes
 * are kept. The store is therefore trusted only when it was closed: a file beside it says it is open, and a store
 * found open at start-up is thrown away. Every read model is then rebuilt by its service, from the event store or
 * the topics (what a person marked read, and the web's "since your last visit", start over).
 */
final class MongoWireServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MongoWireServer.class);

    private final MongoServer server;
    private final int port;
    private final Path openMarker;

    private MongoWireServer(MongoServer server, int port, Path openMarker) {
        this.server = server;
        this.port = port;
        this.openMarker = openMarker;
    }

    static MongoWireServer start(Path storeFile, int port) {
        Path openMarker = storeFile.resolveSibling(storeFile.getFileName() + ".open");
        try {
            Files.createDirectories(storeFile.getParent());
            if (Files.exists(openMarker)) {
                log.warn("MongoDB-lageret blev ikke lukket rent (launcheren blev dræbt) og kan mangle de sidste"
                        + " skrivninger: det slettes, og tjenesterne genopbygger deres læsemodeller");
                Files.deleteIfExists(storeFile);
            }
            Files.writeString(openMarker, "open\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        H2Backend backend;
        try {
            backend = new H2Backend(storeFile.toString());
        } catch (RuntimeException e) {
            throw new LocalStackException("Could not open the Mongo store " + storeFile, e);
        }
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("127.0.0.1", port);
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw new LocalStackException("MongoDB (mongo-java-server) could not listen on 127.0.0.1:" + port, e);
        }
        return new MongoWireServer(server, port, openMarker);
    }

    int port() {
        return port;
    }

    /** {@code mongodb://127.0.0.1:<port>}, or with {@code /<database>} appended when a database is given. */
    String uri(String database) {
        return "mongodb://127.0.0.1:" + port + (database == null ? "" : "/" + database);
    }

    /** Closes the connections and the backend, which flushes and closes the H2 file; then the store is trusted again. */
    @Override
    public void close() {
        server.shutdown();
        try {
            Files.deleteIfExists(openMarker);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
