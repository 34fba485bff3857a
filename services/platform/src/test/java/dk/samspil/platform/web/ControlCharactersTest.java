package dk.samspil.platform.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ControlCharactersTest {

    record Line(String heading, Long amount) {
    }

    record Application(String name, List<String> themes, List<Line> budgetLines, Map<String, String> labels) {
    }

    @Test
    void tab_newline_carriage_return_and_every_printable_letter_are_allowed() {
        assertThat(ControlCharacters.firstRefused("Mål:\r\n\t– færre unge ved stationen 😊")).isEqualTo(-1);
    }

    @Test
    void c0_controls_del_and_lone_surrogates_are_refused() {
        assertThat(ControlCharacters.firstRefused("nikotin\u0000x")).isZero();
        assertThat(ControlCharacters.firstRefused("bell\u0007")).isEqualTo(7);
        assertThat(ControlCharacters.firstRefused("del\u007F")).isEqualTo(0x7F);
        assertThat(ControlCharacters.firstRefused("half \uD83D pair")).isEqualTo(0xD83D);
        assertThat(ControlCharacters.firstRefused("\uDE0A alone")).isEqualTo(0xDE0A);
    }

    @Test
    void a_refused_character_is_found_by_the_path_of_its_field_at_any_depth() {
        Application application = new Application("Natteravne", List.of("tryghed", "nikotin\u0000x"),
                List.of(new Line("Veste", 100L), new Line("Kørsel\u001B", 50L)), Map.of());

        assertThat(ControlCharacters.in(application)).get()
                .isEqualTo(new ControlCharacters.Found("themes[1]", 0));
        assertThat(ControlCharacters.in(new Application("ok", List.of(), List.of(new Line("Kørsel\u001B", 1L)), Map.of())))
                .get().extracting(ControlCharacters.Found::field).isEqualTo("budgetLines[0].heading");
        assertThat(ControlCharacters.in(new Application("ok", List.of(), List.of(), Map.of("navn", "a\u0001"))))
                .get().extracting(ControlCharacters.Found::field).isEqualTo("labels.navn");
    }

    @Test
    void a_clean_body_and_no_body_pass() {
        assertThat(ControlCharacters.in(new Application("Natteravne", List.of("tryghed"), List.of(), Map.of()))).isEmpty();
        assertThat(ControlCharacters.in(null)).isEmpty();
    }

    @Test
    void the_message_names_the_character_without_repeating_it() {
        assertThat(new ControlCharacters.Found("themes[0]", 0).message()).contains("U+0000").doesNotContain("\u0000");
    }
}
