package dk.samspil.platform.activity;

import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same rules on a real MongoDB; skipped where no Docker engine runs (as on the 2-core build machines). */
@Testcontainers(disabledWithoutDocker = true)
class ActivityReadModelOnMongoDbTest extends ActivityReadModelTest {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    @Override
    String connectionString() {
        return MONGO.getConnectionString();
    }
}
