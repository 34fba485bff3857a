package dk.samspil.web.national.map;

import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.PoliceDistrict;
import dk.samspil.contracts.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MunicipalityMapTest {

    private static final MunicipalityMap MAP = new MunicipalityMap();
    private static final ReferenceData REFERENCE = ReferenceData.instance();

    @Test
    void every_municipality_of_the_reference_data_has_a_shape_and_christiansoe_has_none() {
        assertThat(MAP.municipalityPaths().keySet())
                .containsExactlyElementsOf(REFERENCE.municipalities().stream().map(Municipality::code).toList())
                .hasSize(98)
                .doesNotContain("0411");
        assertThat(MAP.municipalityPaths().values()).allSatisfy(path -> assertThat(PathPoints.of(path)).hasSizeGreaterThan(3));
    }

    @Test
    void every_police_district_has_an_outline() {
        assertThat(MAP.districtOutlines().keySet())
                .containsExactlyElementsOf(REFERENCE.districts().stream().map(PoliceDistrict::code).toList())
                .containsExactly("1460", "1461", "1462", "1463", "1464", "1465", "1466", "1467", "1468", "1469", "1470", "1471");
        assertThat(MAP.districtOutlines().values()).allSatisfy(path -> assertThat(PathPoints.of(path)).hasSizeGreaterThan(3));
    }

    @Test
    void the_view_box_is_480_high_and_every_point_lies_inside_it() {
        String[] viewBox = MAP.viewBox().split(" ");
        double width = Double.parseDouble(viewBox[2]);
        double height = Double.parseDouble(viewBox[3]);

        assertThat(viewBox[0] + " " + viewBox[1]).isEqualTo("0 0");
        assertThat(height).isEqualTo(480);
        assertThat(width).isBetween(300.0, 600.0);
        assertThat(allPoints(MAP.municipalityPaths().values())).allSatisfy(point -> {
            assertThat(point.x()).isBetween(0.0, width);
            assertThat(point.y()).isBetween(0.0, height);
        });
        assertThat(allPoints(MAP.districtOutlines().values())).allSatisfy(point -> {
            assertThat(point.x()).isBetween(0.0, width);
            assertThat(point.y()).isBetween(0.0, height);
        });
    }

    @Test
    void bornholm_and_its_police_district_are_drawn_in_the_inset_in_the_upper_right_corner() {
        InsetFrame inset = MAP.bornholmInset();
        double width = Double.parseDouble(MAP.viewBox().split(" ")[2]);

        assertThat(inset.x() + inset.width()).isLessThanOrEqualTo(width).isGreaterThan(width - 20);
        assertThat(inset.y()).isLessThan(20);
        assertThat(PathPoints.of(MAP.municipalityPaths().get("0400"))).allMatch(inside(inset));
        assertThat(PathPoints.of(MAP.districtOutlines().get("1471"))).allMatch(inside(inset));
    }

    @Test
    void nothing_but_bornholm_is_drawn_in_the_inset() {
        InsetFrame inset = MAP.bornholmInset();

        MAP.municipalityPaths().forEach((code, path) -> {
            if (!code.equals("0400")) {
                assertThat(PathPoints.of(path)).as(code).noneMatch(inside(inset));
            }
        });
    }

    @Test
    void north_is_up_and_east_is_right() {
        assertThat(centre("0813").y()).as("Frederikshavn north of Sønderborg").isLessThan(centre("0540").y());
        assertThat(centre("0101").x()).as("København east of Esbjerg").isGreaterThan(centre("0561").x());
    }

    @Test
    void neighbours_share_their_border_exactly() {
        Set<Point> aarhus = new HashSet<>(PathPoints.of(MAP.municipalityPaths().get("0751")));
        List<Point> shared = PathPoints.of(MAP.municipalityPaths().get("0746")).stream().filter(aarhus::contains).toList();

        assertThat(shared).as("points of Skanderborg also on Aarhus").hasSizeGreaterThan(5);
    }

    @Test
    void start_up_fails_when_a_municipality_has_no_shape() throws IOException {
        ObjectNode municipalities = topology("map/kommuner.topojson");
        ArrayNode geometries = (ArrayNode) municipalities.path("objects").path("stdin").path("geometries");
        for (int i = geometries.size() - 1; i >= 0; i--) {
            if (geometries.get(i).path("properties").path("KOMKODE").asString().equals("0825")) {
                geometries.remove(i);
            }
        }

        assertThatThrownBy(() -> new MunicipalityMap(bytes(municipalities), bytes(topology("map/politikredse.topojson"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no shape for kommunekode [0825]");
    }

    @Test
    void start_up_fails_when_a_police_district_name_is_not_in_the_reference_data() throws IOException {
        ObjectNode districts = topology("map/politikredse.topojson");
        JsonNode first = districts.path("objects").path("stdin").path("geometries").get(0);
        ((ObjectNode) first.path("properties")).put("POLKR_NAVN", "Nordjyllands Politikreds");

        assertThatThrownBy(() -> new MunicipalityMap(bytes(topology("map/kommuner.topojson")), bytes(districts)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("\"Nordjyllands Politikreds\"");
    }

    private static List<Point> allPoints(Collection<String> paths) {
        return paths.stream().flatMap(path -> PathPoints.of(path).stream()).toList();
    }

    private static Predicate<Point> inside(InsetFrame frame) {
        return point -> point.x() >= frame.x() && point.x() <= frame.x() + frame.width()
                && point.y() >= frame.y() && point.y() <= frame.y() + frame.height();
    }

    private static Point centre(String kommunekode) {
        List<Point> points = PathPoints.of(MAP.municipalityPaths().get(kommunekode));
        return new Point(points.stream().mapToDouble(Point::x).average().orElseThrow(),
                points.stream().mapToDouble(Point::y).average().orElseThrow());
    }

    private static ObjectNode topology(String resource) throws IOException {
        try (InputStream in = MunicipalityMapTest.class.getClassLoader().getResourceAsStream(resource)) {
            return (ObjectNode) JsonMapper.shared().readTree(in);
        }
    }

    private static byte[] bytes(JsonNode topology) {
        return JsonMapper.shared().writeValueAsBytes(topology);
    }
}
