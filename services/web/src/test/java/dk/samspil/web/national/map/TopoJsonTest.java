package dk.samspil.web.national.map;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopoJsonTest {

    /**
     * Two squares sharing the edge x = 2 (arc 0); the second square runs that edge backwards (~0 = -1). Positions
     * are quantised (scale 0.5, translate 10/50) and delta-encoded; the first position carries an extra value.
     */
    private static final String TWO_SQUARES = """
            {"type": "Topology",
             "transform": {"scale": [0.5, 0.5], "translate": [10, 50]},
             "objects": {"shapes": {"type": "GeometryCollection", "geometries": [
               {"type": "Polygon", "properties": {"KOMKODE": "0101"}, "arcs": [[0, 1]]},
               {"type": "MultiPolygon", "properties": {"KOMKODE": "0147"}, "arcs": [[[-1, 2]], [[3]]]}
             ]}},
             "arcs": [
               [[4, 0, -999], [0, 4]],
               [[4, 4], [-4, 0], [0, -4], [4, 0]],
               [[4, 0], [4, 0], [0, 4], [-4, 0]],
               [[20, 20], [2, 0], [0, 2], [-2, -2]]
             ]}
            """;

    @Test
    void quantised_delta_encoded_arcs_are_decoded_into_rings_of_longitude_and_latitude() {
        List<TopoFeature> features = TopoJson.features(TWO_SQUARES.getBytes(StandardCharsets.UTF_8));

        assertThat(features).hasSize(2);
        assertThat(features.get(0).property("KOMKODE")).isEqualTo("0101");
        assertThat(features.get(0).rings()).containsExactly(List.of(
                new Point(12, 50), new Point(12, 52), new Point(10, 52), new Point(10, 50), new Point(12, 50)));
    }

    @Test
    void a_negative_arc_index_runs_the_arc_backwards_and_a_multipolygon_keeps_every_polygon() {
        TopoFeature second = TopoJson.features(TWO_SQUARES.getBytes(StandardCharsets.UTF_8)).get(1);

        assertThat(second.property("KOMKODE")).isEqualTo("0147");
        assertThat(second.rings()).containsExactly(
                List.of(new Point(12, 52), new Point(12, 50), new Point(14, 50), new Point(14, 52), new Point(12, 52)),
                List.of(new Point(20, 60), new Point(21, 60), new Point(21, 61), new Point(20, 60)));
    }

    @Test
    void shapes_other_than_polygons_are_refused() {
        String line = """
                {"type": "Topology", "objects": {"o": {"type": "GeometryCollection", "geometries": [
                  {"type": "LineString", "properties": {}, "arcs": [0]}]}}, "arcs": [[[0, 0], [1, 1]]]}
                """;

        assertThatThrownBy(() -> TopoJson.features(line.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("LineString");
    }
}
