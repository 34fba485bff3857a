package dk.samspil.web.page;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PagedTest {

    private static final List<Integer> SIXTY = IntStream.rangeClosed(1, 60).boxed().toList();

    @Test
    void a_page_holds_twenty_five_items_and_knows_its_neighbours() {
        Paged<Integer> second = Paged.of(SIXTY, 2);

        assertThat(second.items()).hasSize(25).startsWith(26).endsWith(50);
        assertThat(second.pages()).isEqualTo(3);
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isTrue();
        assertThat(second.first()).isEqualTo(26);
        assertThat(second.last()).isEqualTo(50);
        assertThat(second.numbers()).containsExactly(1, 2, 3);
    }

    @Test
    void a_number_out_of_range_shows_the_nearest_page() {
        assertThat(Paged.of(SIXTY, 9).items()).containsExactly(51, 52, 53, 54, 55, 56, 57, 58, 59, 60);
        assertThat(Paged.of(SIXTY, -1).number()).isEqualTo(1);
        assertThat(Paged.of(SIXTY, null).number()).isEqualTo(1);
    }

    @Test
    void an_empty_list_is_one_empty_page() {
        Paged<Integer> empty = Paged.of(List.of(), 1);

        assertThat(empty.items()).isEmpty();
        assertThat(empty.pages()).isEqualTo(1);
        assertThat(empty.hasNext()).isFalse();
        assertThat(empty.first()).isZero();
    }
}
