package dk.samspil.web.national.map;

import java.util.Collection;
import java.util.List;

/** The smallest axis-aligned rectangle around some rings. */
record Bounds(double minX, double minY, double maxX, double maxY) {

    static Bounds of(Collection<List<Point>> rings) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (List<Point> ring : rings) {
            for (Point point : ring) {
                minX = Math.min(minX, point.x());
                minY = Math.min(minY, point.y());
                maxX = Math.max(maxX, point.x());
                maxY = Math.max(maxY, point.y());
            }
        }
        if (minX > maxX) {
            throw new IllegalArgumentException("No points to bound");
        }
        return new Bounds(minX, minY, maxX, maxY);
    }

    double width() {
        return maxX - minX;
    }

    double height() {
        return maxY - minY;
    }
}
