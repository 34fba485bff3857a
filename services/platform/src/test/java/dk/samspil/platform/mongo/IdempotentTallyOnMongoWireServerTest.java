package dk.samspil.platform.mongo;

import dk.samspil.platform.testing.TestMongoServer;

class IdempotentTallyOnMongoWireServerTest extends IdempotentTallyTest {

    @Override
    String connectionString() {
        return TestMongoServer.uri("");
    }
}
