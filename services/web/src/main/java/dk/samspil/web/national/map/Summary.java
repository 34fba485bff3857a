package dk.samspil.web.national.map;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The one-line reading of a choropleth, for screen readers and anyone who would rather not decode colours. */
final class Summary {

    private static final int NAMES_LISTED = 3;

    private Summary() {
    }

    /** {@code valuesByName}: the municipalities that have a figure, by name. */
    static String of(Map<String, Long> valuesByName, String unit) {
        if (valuesByName.isEmpty()) {
            return "Der er ingen tal at vise.";
        }
        List<Long> sorted = valuesByName.values().stream().sorted().toList();
        long min = sorted.get(0);
        long max = sorted.get(sorted.size() - 1);
        if (min == max) {
            String who = valuesByName.size() == 1 ? valuesByName.keySet().iterator().next()
                    : "Alle " + valuesByName.size() + " kommuner med tal";
            return who + " har " + DanishNumbers.format(max) + " " + unit + ".";
        }
        return "Flest " + unit + ": " + namesWith(max, valuesByName) + " (" + DanishNumbers.format(max) + "); færrest: "
                + namesWith(min, valuesByName) + " (" + DanishNumbers.format(min) + "). Medianen er "
                + DanishNumbers.format(median(sorted)) + ".";
    }

    private static String namesWith(long value, Map<String, Long> valuesByName) {
        List<String> names = valuesByName.entrySet().stream().filter(entry -> entry.getValue() == value)
                .map(Map.Entry::getKey).sorted(Collator.getInstance(Locale.forLanguageTag("da-DK"))).toList();
        if (names.size() > NAMES_LISTED) {
            return names.size() + " kommuner";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " og " + names.get(names.size() - 1);
    }

    private static double median(List<Long> sorted) {
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
