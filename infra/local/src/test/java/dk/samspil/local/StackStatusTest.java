package dk.samspil.local;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StackStatusTest {

    @Test
    void a_port_that_listens_is_up_and_a_stack_that_is_not_running_is_down() throws Exception {
        try (ServerSocket mongo = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            LocalStackConfig config = LocalStackConfig.defaults(Path.of(".")).withPortOffset(31_000);
            config = new LocalStackConfig(config.repositoryRoot(), config.dataFolder(), config.postgresPort(),
                    config.kafkaPort(), config.kafkaControllerPort(), mongo.getLocalPort(), config.services(),
                    config.servicePorts(), config.serviceJvmOptions(), config.readinessTimeout(),
                    config.gatewayRateLimited());

            List<StackStatus.Part> parts = StackStatus.of(config);

            assertThat(parts).extracting(StackStatus.Part::name).startsWith("PostgreSQL", "Kafka", "MongoDB")
                    .contains("gateway", "web", "district-council");
            assertThat(parts).filteredOn(part -> part.name().equals("MongoDB")).singleElement()
                    .extracting(StackStatus.Part::state).isEqualTo(StackStatus.State.LISTENING);
            assertThat(parts).filteredOn(part -> part.name().equals("gateway")).singleElement()
                    .extracting(StackStatus.Part::state).isEqualTo(StackStatus.State.DOWN);

            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            int exitCode = StackStatus.print(parts, new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThat(exitCode).isEqualTo(1);
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .contains("MongoDB", "lytter", "kører ikke", (parts.size() - 1) + " af " + parts.size());
        }
    }
}
