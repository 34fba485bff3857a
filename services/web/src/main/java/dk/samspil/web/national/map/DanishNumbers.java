package dk.samspil.web.national.map;

import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as Danish readers write them: 1.234 and 7,5. */
final class DanishNumbers {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private DanishNumbers() {
    }

    static String format(long number) {
        return NumberFormat.getIntegerInstance(DANISH).format(number);
    }

    static String format(double number) {
        NumberFormat format = NumberFormat.getNumberInstance(DANISH);
        format.setMaximumFractionDigits(1);
        return format.format(number);
    }
}
