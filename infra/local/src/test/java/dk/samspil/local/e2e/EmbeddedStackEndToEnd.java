package dk.samspil.local.e2e;

import dk.samspil.local.LocalStack;
import dk.samspil.local.LocalStackConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * An end-to-end story: the whole embedded stack as {@code ./samspil up} starts it (every service in its own JVM), in a
 * temporary data folder, once per class; the tests are its steps in order and go through the {@link #gateway}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class EmbeddedStackEndToEnd {

    @TempDir
    static Path dataFolder;

    protected LocalStack stack;
    protected GatewayClient gateway;

    @BeforeAll
    void startTheStack() {
        Path repositoryRoot = Path.of(System.getProperty("samspil.root", "../..")).toAbsolutePath().normalize();
        stack = LocalStack.start(LocalStackConfig.forTests(repositoryRoot, dataFolder));
        gateway = new GatewayClient(stack.gatewayUrl());
    }

    @AfterAll
    void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }
}
