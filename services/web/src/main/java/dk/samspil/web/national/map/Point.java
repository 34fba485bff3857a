package dk.samspil.web.national.map;

/** A position: longitude/latitude before projection, SVG user units after. */
record Point(double x, double y) {
}
