package dk.samspil.web.page;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AsOfDateTest {

    @Test
    void an_empty_field_means_today() {
        assertThat(AsOfDate.parse(" ").isToday()).isTrue();
        assertThat(AsOfDate.parse(null).hasError()).isFalse();
    }

    @Test
    void a_day_is_read_as_an_iso_date() {
        AsOfDate asOf = AsOfDate.parse("2026-06-30");

        assertThat(asOf.date()).contains(LocalDate.of(2026, 6, 30));
        assertThat(asOf.hasError()).isFalse();
    }

    @Test
    void a_date_that_cannot_be_read_keeps_what_was_typed_and_says_how_to_write_it() {
        AsOfDate asOf = AsOfDate.parse("30/6");

        assertThat(asOf.entered()).isEqualTo("30/6");
        assertThat(asOf.isToday()).isTrue();
        assertThat(asOf.error()).isEqualTo("Skriv datoen som åååå-mm-dd, fx 2026-06-30.");
    }

    @Test
    void a_day_after_today_is_refused() {
        String tomorrow = LocalDate.now(DanishFormats.DENMARK).plusDays(1).toString();

        assertThat(AsOfDate.parse(tomorrow).error()).isEqualTo("Datoen må ikke ligge efter i dag.");
    }
}
