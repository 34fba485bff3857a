package dk.samspil.web.national.map;

/** The frame, in SVG user units, around a part of the map drawn away from its real place (Bornholm). */
public record InsetFrame(double x, double y, double width, double height) {
}
