package dk.samspil.local;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReadyBannerTest {

    private static final Duration READY_AFTER = Duration.ofMillis(38_200);
    private static final String KAFKA = "127.0.0.1:19092";
    private static final String MONGO = "mongodb://127.0.0.1:27017";

    private final LocalStackConfig defaults = LocalStackConfig.defaults(Path.of("/repository"));

    @Test
    void theFirstAddressIsThePageToOpenInTheBrowserFollowedByDemoUsersWithTheirPasswords() {
        List<String> lines = ReadyBanner.of(defaults, READY_AFTER, KAFKA, MONGO, false).lines().toList();

        assertThat(lines.get(1)).isEqualTo("Samspil kører (klar efter 38,2 s)");
        List<String> addresses = lines.stream().filter(line -> line.contains("http://")).toList();
        assertThat(addresses.get(0)).matches("  Åbn i browseren +http://localhost:8080/");
        assertThat(lines.get(3)).isEqualTo(addresses.get(0));
        assertThat(lines.get(4)).startsWith("  Log ind som")
                .endsWith("district1467-member / district1467-member-dev  (medlem af kredsrådet for Midt- og Vestsjællands Politi)");
        assertThat(lines.get(5)).matches(" +national-secretariat / national-secretariat-dev  \\(sekretariatet i SSP-Samrådet\\)");
        assertThat(lines).anyMatch(line -> line.matches(" +flere brugere: infra/identity/README.md"));
    }

    @Test
    void everyServiceIsListedAfterTheBrowserWithTheGatewayFirstAndTheWebServiceAmongThem() {
        String banner = ReadyBanner.of(defaults, READY_AFTER, KAFKA, MONGO, false);

        assertThat(banner).containsSubsequence(
                "Åbn i browseren", "http://localhost:8080/",
                "Log ind som",
                "  gateway", "http://localhost:8080\n",
                "  identity", "http://localhost:9000\n",
                "  web", "http://localhost:8085\n",
                "Prometheus web", "http://localhost:8085/actuator/prometheus",
                "Kafka", KAFKA,
                "Stop med Ctrl-C.");
    }

    @Test
    void aSecondStackNamesItsOwnGatewayForTheBrowser() {
        String banner = ReadyBanner.of(defaults.withPortOffset(100), READY_AFTER, KAFKA, MONGO, false);

        assertThat(banner).contains("http://localhost:8180/").doesNotContain("http://localhost:8080");
    }

    @Test
    void withoutTheGatewayOrTheWebServiceThereIsNoPageToOpen() {
        String withoutWeb = ReadyBanner.of(defaults.withServices("identity", "municipality", "gateway"), READY_AFTER, KAFKA, MONGO, false);
        String infrastructure = ReadyBanner.of(defaults, READY_AFTER, KAFKA, MONGO, true);

        assertThat(withoutWeb).doesNotContain("Åbn i browseren", "Log ind som").contains("  gateway", "  municipality");
        assertThat(infrastructure).startsWith("\nSamspils infrastruktur kører (klar efter 38,2 s)")
                .doesNotContain("Åbn i browseren", "Log ind som", "Prometheus")
                .contains("PostgreSQL", "jdbc:postgresql://127.0.0.1:15432/<database>");
    }
}
