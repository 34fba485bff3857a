package dk.samspil.web.national.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Sorts positive values into colour bands 1–5 by quintiles. With fewer than five distinct values quintiles say
 * little, so the values are spread over equal intervals between the smallest (band 1) and the largest (band 5); a
 * single value gets the middle band. When ties make fewer than five classes, they are spread over the bands the same
 * way so neighbouring classes stay as far apart in colour as possible.
 */
final class Banding {

    private static final int BANDS = 5;
    private static final int MIDDLE_BAND = 3;

    private final List<BandClass> classes;

    private Banding(List<BandClass> classes) {
        this.classes = List.copyOf(classes);
    }

    static Banding of(Collection<Long> positiveValues) {
        long[] sorted = positiveValues.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length > 0 && sorted[0] <= 0) {
            throw new IllegalArgumentException("Only positive values are banded, not " + sorted[0]);
        }
        TreeSet<Long> distinct = new TreeSet<>(positiveValues);
        return new Banding(distinct.size() < BANDS ? equalIntervals(distinct) : quintiles(sorted));
    }

    /** The band of a value that was among those banded. */
    int bandOf(long value) {
        return classes.stream().filter(band -> value <= band.upper()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(value + " is above every band"))
                .band();
    }

    List<LegendEntry> legend() {
        return classes.stream().map(band -> new LegendEntry(band.band(), band.label())).toList();
    }

    private static List<BandClass> quintiles(long[] sorted) {
        TreeSet<Long> upperBounds = new TreeSet<>();
        for (int quintile = 1; quintile <= BANDS; quintile++) {
            int rank = (int) Math.ceil(quintile * sorted.length / (double) BANDS);
            upperBounds.add(sorted[rank - 1]);
        }
        List<BandClass> classes = new ArrayList<>();
        long lower = sorted[0];
        int index = 0;
        for (long upper : upperBounds) {
            classes.add(new BandClass(spread(index++, upperBounds.size()), lower, upper));
            lower = upper + 1;
        }
        return classes;
    }

    private static List<BandClass> equalIntervals(TreeSet<Long> distinct) {
        List<BandClass> classes = new ArrayList<>();
        if (distinct.isEmpty()) {
            return classes;
        }
        long min = distinct.first();
        long max = distinct.last();
        for (long value : distinct) {
            int band = min == max ? MIDDLE_BAND : 1 + (int) Math.round((BANDS - 1) * (value - min) / (double) (max - min));
            BandClass last = classes.isEmpty() ? null : classes.get(classes.size() - 1);
            if (last != null && last.band() == band) {
                classes.set(classes.size() - 1, new BandClass(band, last.lower(), value));
            } else {
                classes.add(new BandClass(band, value, value));
            }
        }
        return classes;
    }

    private static int spread(int index, int classCount) {
        return classCount == 1 ? MIDDLE_BAND : 1 + (int) Math.round(index * (BANDS - 1) / (double) (classCount - 1));
    }

    private record BandClass(int band, long lower, long upper) {

        String label() {
            return lower == upper ? DanishNumbers.format(lower)
                    : DanishNumbers.format(lower) + "–" + DanishNumbers.format(upper);
        }
    }
}
