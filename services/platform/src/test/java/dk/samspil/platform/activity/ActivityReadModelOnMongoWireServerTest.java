package dk.samspil.platform.activity;

import dk.samspil.platform.testing.TestMongoServer;

class ActivityReadModelOnMongoWireServerTest extends ActivityReadModelTest {

    @Override
    String connectionString() {
        return TestMongoServer.uri("");
    }
}
