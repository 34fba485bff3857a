package dk.samspil.platform.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.net.InetSocketAddress;

/** One in-memory MongoDB-wire server per test JVM, on a free port; tests name their own databases. */
public final class TestMongoServer {

    private static MongoServer server;
    private static InetSocketAddress address;

    private TestMongoServer() {
    }

    public static synchronized String uri(String database) {
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            address = server.getLocalAddress();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "test-mongo-shutdown"));
        }
        return "mongodb://127.0.0.1:" + address.getPort() + "/" + database;
    }
}
