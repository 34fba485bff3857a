package dk.samspil.web.national.map;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BandingTest {

    @Test
    void quintile_classes_that_ties_merge_are_spread_over_the_palette() {
        List<Long> values = new ArrayList<>(Collections.nCopies(90, 1L));
        for (long value = 2; value <= 9; value++) {
            values.add(value);
        }

        Banding banding = Banding.of(values);

        assertThat(banding.legend()).containsExactly(new LegendEntry(1, "1"), new LegendEntry(5, "2–9"));
        assertThat(banding.bandOf(1)).isEqualTo(1);
        assertThat(banding.bandOf(6)).isEqualTo(5);
    }

    @Test
    void four_quintile_classes_skip_the_middle_band() {
        List<Long> values = new ArrayList<>(Collections.nCopies(8, 1L));
        values.addAll(List.of(2L, 2L, 3L, 3L, 4L, 4L, 5L, 5L, 6L, 6L));

        assertThat(Banding.of(values).legend()).extracting(LegendEntry::band).containsExactly(1, 2, 4, 5);
    }

    @Test
    void values_in_thousands_are_labelled_the_danish_way() {
        Banding banding = Banding.of(List.of(1_000L, 2_500L, 12_000L));

        assertThat(banding.legend()).extracting(LegendEntry::label).containsExactly("1.000", "2.500", "12.000");
    }

    @Test
    void no_values_make_no_bands() {
        assertThat(Banding.of(List.of()).legend()).isEmpty();
    }
}
