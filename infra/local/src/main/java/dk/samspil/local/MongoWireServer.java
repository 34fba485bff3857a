package dk.samspil.local;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The MongoDB wire protocol (mongo-java-server) over one H2 MVStore file in the data folder. */
final class MongoWireServer implements AutoCloseable {

    private final MongoServer server;
    private final int port;

    private MongoWireServer(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    static MongoWireServer start(Path storeFile, int port) {
        try {
            Files.createDirectories(storeFile.getParent());
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
        return new MongoWireServer(server, port);
    }

    int port() {
        return port;
    }

    /** {@code mongodb://127.0.0.1:<port>}, or with {@code /<database>} appended when a database is given. */
    String uri(String database) {
        return "mongodb://127.0.0.1:" + port + (database == null ? "" : "/" + database);
    }

    /** Closes the connections and the backend, which flushes and closes the H2 file. */
    @Override
    public void close() {
        server.shutdown();
    }
}
