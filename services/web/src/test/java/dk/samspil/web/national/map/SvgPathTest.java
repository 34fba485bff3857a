package dk.samspil.web.national.map;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SvgPathTest {

    @Test
    void a_ring_starts_absolute_and_goes_on_relative_in_tenths() {
        List<Point> square = List.of(new Point(10, 20), new Point(30.04, 20), new Point(30, 25.56), new Point(10, 20));

        assertThat(SvgPath.of(List.of(square))).isEqualTo("M10 20l20 0 0 5.6z");
    }

    @Test
    void numbers_are_separated_only_where_the_path_grammar_needs_it() {
        List<Point> ring = List.of(new Point(1.5, 1.5), new Point(2, 1.2), new Point(1.5, 0.7), new Point(0.5, 1));

        assertThat(SvgPath.of(List.of(ring))).isEqualTo("M1.5 1.5l.5-.3-.5-.5-1 .3z");
    }

    @Test
    void points_that_round_to_the_same_tenth_are_drawn_once() {
        List<Point> ring = List.of(new Point(0, 0), new Point(0.01, 0.02), new Point(5, 0), new Point(5.04, 0),
                new Point(5, 5), new Point(0.03, 0));

        assertThat(SvgPath.of(List.of(ring))).isEqualTo("M0 0l5 0 0 5z");
    }

    @Test
    void every_ring_of_a_shape_is_in_the_one_path_and_rings_smaller_than_a_tenth_are_left_out() {
        List<Point> island = List.of(new Point(0, 0), new Point(2, 0), new Point(2, 2), new Point(0, 0));
        List<Point> otherIsland = List.of(new Point(10, 10), new Point(12, 10), new Point(12, 12), new Point(10, 10));
        List<Point> speck = List.of(new Point(20, 20), new Point(20.02, 20), new Point(20, 20.03), new Point(20, 20));

        String path = SvgPath.of(List.of(island, otherIsland, speck));

        assertThat(path).isEqualTo("M0 0l2 0 0 2zM10 10l2 0 0 2z");
        assertThat(PathPoints.of(path)).containsExactly(new Point(0, 0), new Point(2, 0), new Point(2, 2),
                new Point(10, 10), new Point(12, 10), new Point(12, 12));
    }
}
