package dk.samspil.web.page;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** One of the API's codes with its Danish label, as a select or a checkbox group offers it. */
public record Choice(String code, String label) {

    public static <E extends Enum<E>> List<Choice> of(Class<E> type, Function<E, String> label) {
        return Arrays.stream(type.getEnumConstants())
                .map(value -> new Choice(value.name(), capitalised(label.apply(value))))
                .toList();
    }

    private static String capitalised(String label) {
        return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }
}
