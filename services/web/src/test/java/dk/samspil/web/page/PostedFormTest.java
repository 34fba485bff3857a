package dk.samspil.web.page;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static dk.samspil.web.page.FormField.kroner;
import static dk.samspil.web.page.FormField.list;
import static dk.samspil.web.page.FormField.text;
import static dk.samspil.web.page.FormField.year;
import static org.assertj.core.api.Assertions.assertThat;

class PostedFormTest {

    @Test
    void the_body_takes_the_apis_names_nests_dotted_ones_and_leaves_empty_fields_out() {
        Map<String, Object> sent = send("modtagelse-g-1", posted(
                "modtagelse-g-1-boardMandate.decidedOn", "2026-02-01",
                "modtagelse-g-1-boardMandate.reference", "  Bestyrelsesmøde 1/2026 ",
                "modtagelse-g-1-note", " ", "afslag-g-1-note", "fra en anden formular", "_csrf", "token"),
                List.of(text("boardMandate.decidedOn"), text("boardMandate.reference"), text("note")));

        assertThat(sent).isEqualTo(Map.of("boardMandate",
                Map.of("decidedOn", "2026-02-01", "reference", "Bestyrelsesmøde 1/2026")));
    }

    @Test
    void amounts_are_read_as_danes_type_them_and_ticked_values_sent_as_a_list() {
        List<FormField> fields = List.of(kroner("amount"), list("codes"), year("year"));

        for (String typed : List.of("15000", "15.000", "15 000 kr.", "15.000,00", "15.000,-")) {
            assertThat(send("f", posted("f-amount", typed), fields)).containsEntry("amount", 15000L);
        }
        MultiValueMap<String, String> ticked = posted("f-year", "2026");
        ticked.addAll("f-codes", List.of("0336", "0259"));
        assertThat(send("f", ticked, fields)).isEqualTo(Map.of("codes", List.of("0336", "0259"), "year", 2026L));
    }

    @Test
    void what_the_web_cannot_read_is_shown_at_its_field_and_nothing_is_sent() {
        AtomicReference<PostedForm> shown = new AtomicReference<>();
        MockHttpServletResponse response = new MockHttpServletResponse();

        String view = PostedForm.of("f", posted("f-amount", "mange penge", "f-year", "26"))
                .submit(List.of(kroner("amount"), year("year")), body -> {
                    throw new AssertionError("sent " + body);
                }, again -> {
                    shown.set(again);
                    return "page";
                }, new ExtendedModelMap(), response);

        assertThat(view).isEqualTo("page");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(shown.get().errors().byField()).containsOnlyKeys("f-amount", "f-year");
        assertThat(shown.get().value("f-amount", "")).isEqualTo("mange penge");
    }

    @Test
    void the_page_s_other_forms_show_their_own_values() {
        PostedForm posted = PostedForm.of("medlem", posted("medlem-role", "SSP-konsulent"));

        assertThat(posted.value("medlem-role", "")).isEqualTo("SSP-konsulent");
        assertThat(posted.value("medlem-committedFrom", "2026-01-01")).isEmpty();
        assertThat(posted.value("aarsstatus-year", 2026)).isEqualTo("2026");
        assertThat(PostedForm.NONE.value("aarsstatus-year", 2026)).isEqualTo("2026");
    }

    private static Map<String, Object> send(String id, MultiValueMap<String, String> fields, List<FormField> form) {
        AtomicReference<Map<String, Object>> sent = new AtomicReference<>();
        PostedForm.of(id, fields).submit(form, body -> {
            sent.set(body);
            return "redirect:/";
        }, again -> "page", new ExtendedModelMap(), new MockHttpServletResponse());
        return sent.get();
    }

    private static MultiValueMap<String, String> posted(String... namesAndValues) {
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }
}
