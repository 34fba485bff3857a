package dk.samspil.districtcouncil.council;

import dk.samspil.contracts.reference.LocalCouncils;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalCouncilsConfigurationTest {

    private final LocalCouncilsConfiguration configuration = new LocalCouncilsConfiguration();
    private final DefaultResourceLoader resources = new DefaultResourceLoader();

    @Test
    void without_a_configured_table_the_contracts_table_applies() {
        assertThat(configuration.localCouncils("", resources)).isSameAs(LocalCouncils.defaults());
    }

    @Test
    void a_configured_table_is_read_from_its_resource_location() {
        LocalCouncils configured = configuration.localCouncils("classpath:reference/local-councils.csv", resources);

        assertThat(configured).isNotSameAs(LocalCouncils.defaults());
        assertThat(configured.byId("LR-0336").districtCode()).isEqualTo("1467");
    }

    @Test
    void a_configured_table_that_is_missing_stops_the_service() {
        assertThatThrownBy(() -> configuration.localCouncils("file:/no/such/table.csv", resources))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("/no/such/table.csv");
    }
}
