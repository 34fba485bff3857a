package dk.samspil.contracts.reference;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalCouncilsTest {

    private final LocalCouncils defaults = LocalCouncils.defaults();

    @Test
    void by_default_every_municipality_has_a_local_council_of_its_own() {
        assertThat(defaults.all()).hasSize(98);
        LocalCouncil stevns = defaults.covering("336");
        assertThat(stevns.id()).isEqualTo("LR-0336");
        assertThat(stevns.name()).isEqualTo("Lokalråd Stevns");
        assertThat(stevns.districtCode()).isEqualTo("1467");
        assertThat(stevns.municipalityCodes()).containsExactly("0336");
    }

    @Test
    void lists_the_local_councils_of_a_district() {
        assertThat(defaults.inDistrict("1470")).extracting(LocalCouncil::id)
                .containsExactlyInAnyOrder("LR-0101", "LR-0147", "LR-0185", "LR-0155");
    }

    @Test
    void an_unknown_local_council_is_named_in_the_error() {
        assertThatThrownBy(() -> defaults.byId("LR-9999"))
                .isInstanceOf(UnknownLocalCouncilException.class)
                .hasMessage("Ukendt lokalråd: LR-9999");
        assertThat(defaults.find("LR-9999")).isEmpty();
    }

    @Test
    void a_configured_table_may_let_one_local_council_cover_several_municipalities() {
        LocalCouncils configured = LocalCouncils.read(table(withoutRows("0155", "0185")
                + "LR-AMAGER;Lokalråd Amager;0185,155\n"), "amager.csv");

        LocalCouncil amager = configured.covering("0155");
        assertThat(amager.id()).isEqualTo("LR-AMAGER");
        assertThat(amager.municipalityCodes()).containsExactly("0185", "0155");
        assertThat(configured.covering("0185")).isEqualTo(amager);
        assertThat(configured.all()).hasSize(97);
    }

    @Test
    void a_local_council_across_two_police_districts_is_refused() {
        assertThatThrownBy(() -> LocalCouncils.read(table(withoutRows("0336", "0320")
                + "LR-X;Lokalråd Stevns og Faxe;0336,0320\n"), "x.csv"))
                .hasMessageContaining("more than one police district");
    }

    @Test
    void every_municipality_must_be_covered_exactly_once() {
        assertThatThrownBy(() -> LocalCouncils.read(table(withoutRows("0400")), "missing.csv"))
                .hasMessageContaining("0400");
        assertThatThrownBy(() -> LocalCouncils.read(table(withoutRows() + "LR-Y;Lokalråd Y;0400\n"), "twice.csv"))
                .hasMessageContaining("Kommune 0400 is covered by lokalråd LR-0400 and LR-Y");
    }

    private static String withoutRows(String... kommunekoder) {
        return defaults().all().stream()
                .filter(council -> council.municipalityCodes().stream().noneMatch(List.of(kommunekoder)::contains))
                .map(council -> council.id() + ";" + council.name() + ";" + String.join(",", council.municipalityCodes()))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static LocalCouncils defaults() {
        return LocalCouncils.defaults();
    }

    private static InputStream table(String rows) {
        return new ByteArrayInputStream(("# id;name;kommunekoder\n" + rows).getBytes(StandardCharsets.UTF_8));
    }
}
