package dk.samspil.web.national.map;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back the absolute points of a path written by {@link SvgPath}: M x y, then l dx dy pairs, then z. Sums are
 * kept in whole tenths, so points that are equal in the path compare equal here.
 */
final class PathPoints {

    private static final Pattern TOKEN = Pattern.compile("[Mlz]|-?(?:\\d+(?:\\.\\d+)?|\\.\\d+)");

    private PathPoints() {
    }

    static List<Point> of(String path) {
        List<Point> points = new ArrayList<>();
        Matcher tokens = TOKEN.matcher(path);
        char command = ' ';
        long x = 0;
        long y = 0;
        int end = 0;
        while (tokens.find()) {
            if (tokens.start() != end && !path.substring(end, tokens.start()).isBlank()) {
                throw new IllegalArgumentException("Unexpected path text at " + end + ": " + path);
            }
            end = tokens.end();
            String token = tokens.group();
            if (token.length() == 1 && Character.isLetter(token.charAt(0))) {
                command = token.charAt(0);
                continue;
            }
            tokens.find();
            end = tokens.end();
            long second = tenths(tokens.group());
            if (command == 'M') {
                x = tenths(token);
                y = second;
            } else if (command == 'l') {
                x += tenths(token);
                y += second;
            } else {
                throw new IllegalArgumentException("Numbers after " + command + " in " + path);
            }
            points.add(new Point(x / 10.0, y / 10.0));
        }
        return points;
    }

    private static long tenths(String number) {
        return Math.round(Double.parseDouble(number) * 10);
    }
}
