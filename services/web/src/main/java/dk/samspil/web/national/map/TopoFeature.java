package dk.samspil.web.national.map;

import java.util.List;
import java.util.Map;

/**
 * One geometry of a TopoJSON object with its properties. The rings of all its polygons are kept in one list: an SVG
 * path draws them alike, exterior rings and holes.
 */
record TopoFeature(Map<String, String> properties, List<List<Point>> rings) {

    TopoFeature {
        properties = Map.copyOf(properties);
        rings = rings.stream().map(List::copyOf).toList();
    }

    String property(String name) {
        String value = properties.get(name);
        if (value == null) {
            throw new IllegalStateException("A map shape lacks the property " + name + ": " + properties);
        }
        return value;
    }
}
