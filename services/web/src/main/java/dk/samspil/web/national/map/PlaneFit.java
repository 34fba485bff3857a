package dk.samspil.web.national.map;

import java.util.List;

/** Scales and moves projected points into the SVG's user units. */
record PlaneFit(double scale, double offsetX, double offsetY) {

    /** Places {@code bounds}, scaled by {@code scale}, with its upper left corner at ({@code left}, {@code top}). */
    static PlaneFit placing(Bounds bounds, double scale, double left, double top) {
        return new PlaneFit(scale, left - bounds.minX() * scale, top - bounds.minY() * scale);
    }

    Point apply(Point projected) {
        return new Point(projected.x() * scale + offsetX, projected.y() * scale + offsetY);
    }

    List<List<Point>> apply(List<List<Point>> rings) {
        return rings.stream().map(ring -> ring.stream().map(this::apply).toList()).toList();
    }
}
