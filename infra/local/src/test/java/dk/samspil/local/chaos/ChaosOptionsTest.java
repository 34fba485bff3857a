package dk.samspil.local.chaos;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChaosOptionsTest {

    @Test
    void withoutArgumentsAThousandCommandsFromFourClientsWhileEveryPartIsKilled() {
        ChaosOptions options = ChaosOptions.parse(List.of());

        assertThat(options.commands()).isEqualTo(1000);
        assertThat(options.clients()).isEqualTo(4);
        assertThat(options.faults()).containsExactly(Fault.values());
    }

    @Test
    void theFaultsAreNamedAsTheirPartsAndKilledInTheOrderGiven() {
        ChaosOptions options = ChaosOptions.parse(List.of("--faults", "postgres,district-council,launcher",
                "--commands", "150", "--catch-up-seconds", "60"));

        assertThat(options.faults()).containsExactly(Fault.POSTGRES, Fault.DISTRICT_COUNCIL, Fault.LAUNCHER);
        assertThat(options.commands()).isEqualTo(150);
        assertThat(options.catchUp()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void anUnknownFaultOrOptionIsRefusedNamingWhatIsKnown() {
        assertThatThrownBy(() -> ChaosOptions.parse(List.of("--faults", "kafka")))
                .hasMessageContaining("kafka").hasMessageContaining("launcher");
        assertThatThrownBy(() -> ChaosOptions.parse(List.of("--threads", "4"))).hasMessageContaining("--clients");
        assertThatThrownBy(() -> ChaosOptions.parse(List.of("--rate", "0"))).hasMessageContaining("positivt");
    }
}
