package dk.samspil.contracts.reference;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThemeTest {

    @ParameterizedTest
    @ValueSource(strings = {"NICOTINE_PRODUCTS", "nicotine_products", "nicotine-products", " nikotinprodukter "})
    void reads_the_code_in_any_case_or_the_danish_label(String value) {
        assertThat(Theme.parse(value)).isEqualTo(Theme.NICOTINE_PRODUCTS);
    }

    @Test
    void an_unknown_theme_is_named_in_the_error() {
        assertThatThrownBy(() -> Theme.parse("trafik"))
                .isInstanceOf(UnknownThemeException.class)
                .hasMessage("Ukendt tema: trafik")
                .extracting(error -> ((UnknownThemeException) error).value()).isEqualTo("trafik");
    }

    @Test
    void every_theme_has_a_danish_label() {
        for (Theme theme : Theme.values()) {
            assertThat(theme.label()).isNotBlank().isLowerCase();
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "nikotin, NICOTINE_PRODUCTS",
            "Snus og vape i udskolingen, NICOTINE_PRODUCTS",
            "hash, CANNABIS",
            "Online had, ONLINE_HATE",
            "gambling, GAMBLING_AND_SKINS",
            "bandekriminalitet, GANG_RECRUITMENT",
            "tryghed, UNSAFE_PLACES",
            "hærværk, VANDALISM"
    })
    void finds_the_vocabulary_theme_an_initiatives_free_text_theme_is_about(String freeText, Theme expected) {
        assertThat(Theme.matching(freeText)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "trivsel", "forældresamarbejde"})
    void free_text_about_nothing_in_the_vocabulary_matches_no_theme(String freeText) {
        assertThat(Theme.matching(freeText)).isEmpty();
    }
}
