package dk.samspil.platform.reference;

import dk.samspil.contracts.reference.LocalCouncils;
import dk.samspil.platform.testing.KoegeAndStevnsTable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class LocalCouncilTableTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LocalCouncilTable.class));

    @Test
    void without_configuration_each_municipality_has_its_own_local_council() {
        context.run(started -> {
            LocalCouncils councils = started.getBean(LocalCouncils.class);
            assertThat(councils).isSameAs(LocalCouncils.defaults());
            assertThat(councils.covering("0336").id()).isEqualTo("LR-0336");
        });
    }

    @Test
    void a_configured_table_lets_one_council_cover_two_municipalities_of_the_same_district() {
        context.withPropertyValues(LocalCouncilTable.PROPERTY + "=" + KoegeAndStevnsTable.write()).run(started -> {
            LocalCouncils councils = started.getBean(LocalCouncils.class);
            assertThat(councils.covering("0336").id()).isEqualTo("LR-0259");
            assertThat(councils.covering("0259").id()).isEqualTo("LR-0259");
            assertThat(councils.byId("LR-0259").municipalityCodes()).containsExactly("0259", "0336");
            assertThat(councils.find("LR-0336")).isEmpty();
            assertThat(councils.inDistrict("1467")).hasSize(LocalCouncils.defaults().inDistrict("1467").size() - 1);
        });
    }

    @Test
    void a_missing_table_stops_the_service_from_starting() {
        context.withPropertyValues(LocalCouncilTable.PROPERTY + "=file:/nonexistent/local-councils.csv")
                .run(started -> assertThat(started).hasFailed());
    }
}
