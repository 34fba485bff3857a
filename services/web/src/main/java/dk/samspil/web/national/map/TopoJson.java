package dk.samspil.web.national.map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Polygon and MultiPolygon geometries of a TopoJSON topology (https://github.com/topojson/topojson-specification)
 * into rings of longitude/latitude points: quantised arcs are delta-decoded and transformed, a negative arc index
 * {@code ~i} means arc {@code i} reversed, and the shared point where two arcs of a ring meet is kept once.
 */
final class TopoJson {

    private static final JsonMapper JSON = JsonMapper.shared();

    private TopoJson() {
    }

    static List<TopoFeature> features(byte[] topology) {
        JsonNode root = JSON.readTree(topology);
        List<List<Point>> arcs = decodeArcs(root.path("arcs"), root.path("transform"));
        List<TopoFeature> features = new ArrayList<>();
        for (JsonNode object : root.path("objects").values()) {
            for (JsonNode geometry : object.path("geometries").values()) {
                features.add(new TopoFeature(properties(geometry), rings(geometry, arcs)));
            }
        }
        return features;
    }

    private static List<List<Point>> decodeArcs(JsonNode arcs, JsonNode transform) {
        boolean quantised = !transform.isMissingNode();
        double scaleX = quantised ? transform.path("scale").path(0).asDouble() : 1;
        double scaleY = quantised ? transform.path("scale").path(1).asDouble() : 1;
        double translateX = quantised ? transform.path("translate").path(0).asDouble() : 0;
        double translateY = quantised ? transform.path("translate").path(1).asDouble() : 0;
        List<List<Point>> decoded = new ArrayList<>(arcs.size());
        for (JsonNode arc : arcs.values()) {
            List<Point> points = new ArrayList<>(arc.size());
            double x = 0;
            double y = 0;
            for (JsonNode position : arc.values()) {
                // Positions may carry more than two values; only the first two are coordinates.
                x = quantised ? x + position.path(0).asDouble() : position.path(0).asDouble();
                y = quantised ? y + position.path(1).asDouble() : position.path(1).asDouble();
                points.add(new Point(x * scaleX + translateX, y * scaleY + translateY));
            }
            decoded.add(points);
        }
        return decoded;
    }

    private static Map<String, String> properties(JsonNode geometry) {
        Map<String, String> properties = new LinkedHashMap<>();
        geometry.path("properties").properties()
                .forEach(property -> properties.put(property.getKey(), property.getValue().asString()));
        return properties;
    }

    private static List<List<Point>> rings(JsonNode geometry, List<List<Point>> arcs) {
        String type = geometry.path("type").asString();
        List<List<Point>> rings = new ArrayList<>();
        switch (type) {
            case "Polygon" -> geometry.path("arcs").values().forEach(ring -> rings.add(ring(ring, arcs)));
            case "MultiPolygon" -> geometry.path("arcs").values()
                    .forEach(polygon -> polygon.values().forEach(ring -> rings.add(ring(ring, arcs))));
            default -> throw new IllegalStateException("Only Polygon and MultiPolygon shapes can be drawn, not " + type);
        }
        return rings;
    }

    private static List<Point> ring(JsonNode arcIndices, List<List<Point>> arcs) {
        List<Point> ring = new ArrayList<>();
        for (JsonNode indexNode : arcIndices.values()) {
            int index = indexNode.asInt();
            List<Point> arc = index >= 0 ? arcs.get(index) : reversed(arcs.get(~index));
            ring.addAll(ring.isEmpty() ? arc : arc.subList(1, arc.size()));
        }
        return ring;
    }

    private static List<Point> reversed(List<Point> arc) {
        List<Point> reversed = new ArrayList<>(arc);
        Collections.reverse(reversed);
        return reversed;
    }
}
