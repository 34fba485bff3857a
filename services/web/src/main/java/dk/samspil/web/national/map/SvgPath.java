package dk.samspil.web.national.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes rings as one SVG path with coordinates rounded to a tenth of a user unit. Every ring starts with an absolute
 * moveto and goes on with relative linetos, separated only where the path grammar needs it ({@code l3.2-1.5.4.1}):
 * the paths are sent with every page that shows the map, and this is about half the size of absolute coordinates.
 */
final class SvgPath {

    private final StringBuilder path = new StringBuilder();
    private boolean afterNumber;
    private boolean afterDecimalPoint;

    private SvgPath() {
    }

    static String of(List<List<Point>> rings) {
        SvgPath svgPath = new SvgPath();
        rings.stream().map(SvgPath::inTenths).filter(ring -> ring.size() >= 3).forEach(svgPath::ring);
        return svgPath.path.toString();
    }

    /** The ring on the tenths grid, without consecutive duplicates and without the closing point ({@code z} draws it). */
    private static List<long[]> inTenths(List<Point> ring) {
        List<long[]> tenths = new ArrayList<>(ring.size());
        for (Point point : ring) {
            long[] rounded = {Math.round(point.x() * 10), Math.round(point.y() * 10)};
            if (tenths.isEmpty() || !sameAs(rounded, tenths.get(tenths.size() - 1))) {
                tenths.add(rounded);
            }
        }
        while (tenths.size() > 1 && sameAs(tenths.get(0), tenths.get(tenths.size() - 1))) {
            tenths.remove(tenths.size() - 1);
        }
        return tenths;
    }

    private static boolean sameAs(long[] a, long[] b) {
        return a[0] == b[0] && a[1] == b[1];
    }

    private void ring(List<long[]> points) {
        long[] start = points.get(0);
        command('M');
        number(start[0]);
        number(start[1]);
        command('l');
        long[] previous = start;
        for (long[] point : points.subList(1, points.size())) {
            number(point[0] - previous[0]);
            number(point[1] - previous[1]);
            previous = point;
        }
        command('z');
    }

    private void command(char command) {
        path.append(command);
        afterNumber = false;
    }

    private void number(long tenths) {
        String number = decimal(tenths);
        // "-" always starts a new number, and so does "." after a number that already has one.
        boolean selfSeparating = number.startsWith("-") || number.startsWith(".") && afterDecimalPoint;
        if (afterNumber && !selfSeparating) {
            path.append(' ');
        }
        path.append(number);
        afterNumber = true;
        afterDecimalPoint = number.indexOf('.') >= 0;
    }

    private static String decimal(long tenths) {
        String sign = tenths < 0 ? "-" : "";
        long whole = Math.abs(tenths) / 10;
        long fraction = Math.abs(tenths) % 10;
        if (fraction == 0) {
            return sign + whole;
        }
        return sign + (whole == 0 ? "" : whole) + "." + fraction;
    }
}
