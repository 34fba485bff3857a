package dk.samspil.web.page;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FormRowsTest {

    private static final Map<String, String> FORM = Map.of(
            "figures[0].label", " ", "figures[0].value", "",
            "figures[1].label", "anmeldelser", "figures[1].value", "",
            "figures[2].label", "", "figures[2].value", "7");

    @Test
    void only_the_rows_filled_in_are_sent_with_blanks_as_null() {
        FormRows rows = FormRows.of(FORM, "figures", 3, "label", "value");

        assertThat(rows.values(FORM)).containsExactly(row("anmeldelser", null), row(null, "7"));
    }

    @Test
    void a_refusal_of_the_nth_row_sent_lands_at_the_row_typed_in() {
        FormRows rows = FormRows.of(FORM, "figures", 3, "label", "value");

        FormErrors errors = rows.atTypedRows(new FormErrors(Map.of("figures[1].label", "Betegnelsen skal udfyldes",
                "text", "Teksten skal udfyldes"), null));

        assertThat(errors.byField()).containsOnlyKeys("figures[2].label", "text");
    }

    private static Map<String, String> row(String label, String value) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("label", label);
        row.put("value", value);
        return row;
    }
}
