package dk.samspil.web.national.map;

/**
 * Longitude/latitude onto a plane. A degree of longitude at Denmark's middle latitude (56° N) is cos 56° as long as a
 * degree of latitude, so shrinking x by that keeps the country's proportions; y is negated because SVG's y axis points
 * down. Across Denmark's three degrees of latitude the distortion of this simple projection is not visible.
 */
final class Projection {

    private static final double LONGITUDE_FACTOR = Math.cos(Math.toRadians(56));

    private Projection() {
    }

    static Point project(Point lonLat) {
        return new Point(lonLat.x() * LONGITUDE_FACTOR, -lonLat.y());
    }
}
