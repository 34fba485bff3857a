package dk.samspil.local;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MongoWireServerTest {

    @TempDir
    Path folder;

    @Test
    void a_store_that_was_closed_keeps_its_read_models() throws IOException {
        Path store = folder.resolve("samspil.mv");
        try (MongoWireServer server = MongoWireServer.start(store, freePort())) {
            insertOneInto(server);
        }

        try (MongoWireServer server = MongoWireServer.start(store, freePort())) {
            assertThat(count(server)).isEqualTo(1);
        }
    }

    /** What a launcher killed with SIGKILL leaves: the store without its last second, and the file saying it is open. */
    @Test
    void a_store_left_open_by_a_killed_launcher_is_thrown_away_so_that_the_read_models_are_rebuilt() throws IOException {
        Path store = folder.resolve("samspil.mv");
        try (MongoWireServer server = MongoWireServer.start(store, freePort())) {
            insertOneInto(server);
        }
        Files.writeString(folder.resolve("samspil.mv.open"), "open\n");

        try (MongoWireServer server = MongoWireServer.start(store, freePort())) {
            assertThat(count(server)).isZero();
        }
        assertThat(folder.resolve("samspil.mv.open")).doesNotExist();
    }

    private static void insertOneInto(MongoWireServer server) {
        try (MongoClient client = MongoClients.create(server.uri(null))) {
            client.getDatabase("district-council").getCollection("municipality_activity").insertOne(new Document("_id", "0336"));
        }
    }

    private static long count(MongoWireServer server) {
        try (MongoClient client = MongoClients.create(server.uri(null))) {
            return client.getDatabase("district-council").getCollection("municipality_activity").countDocuments();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
