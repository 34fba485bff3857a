package dk.samspil.local.bench;

import dk.samspil.local.OptionValues;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A benchmark's command line: named positive whole numbers ({@code --rate 100 --duration 60}), each with a default. */
final class PositiveOptions {

    private PositiveOptions() {
    }

    /** The value of every option in {@code defaults}: as given in {@code arguments}, else its default. */
    static Map<String, Integer> parse(List<String> arguments, Map<String, Integer> defaults) {
        Map<String, Integer> values = new HashMap<>(defaults);
        for (int i = 0; i < arguments.size(); i++) {
            String name = arguments.get(i);
            if (!defaults.containsKey(name)) {
                throw new IllegalArgumentException("Ukendt valgmulighed " + name + " (kendte: "
                        + String.join(", ", new TreeSet<>(defaults.keySet())) + ")");
            }
            if (i + 1 >= arguments.size()) {
                throw new IllegalArgumentException("Mangler en værdi efter " + name);
            }
            values.put(name, OptionValues.positive(name, arguments.get(++i)));
        }
        return values;
    }
}
