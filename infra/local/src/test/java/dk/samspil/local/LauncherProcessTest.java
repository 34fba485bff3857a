package dk.samspil.local;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LauncherProcessTest {

    private static final int FROM = 30_000;

    @Test
    void aPortOffsetAtWhichAnyPortOfTheStackIsTakenIsSkipped() throws Exception {
        Path root = RepositoryRoot.findUpwards(Path.of(""));
        int free = LauncherProcess.freePortOffset(root, FROM);
        LocalStackConfig atFree = LocalStackConfig.defaults(root).withPortOffset(free);

        try (ServerSocket kafka = new ServerSocket()) {
            kafka.bind(new InetSocketAddress(atFree.kafkaPort()));

            assertThat(LauncherProcess.freePortOffset(root, free)).isGreaterThanOrEqualTo(free + 100);
        }
    }
}
