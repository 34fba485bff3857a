package dk.samspil.local;

import java.time.Duration;
import java.util.Locale;

/** Durations as the user reads them: "14,2 s". */
public final class Durations {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private Durations() {
    }

    public static String seconds(Duration duration) {
        return String.format(DANISH, "%.1f s", duration.toMillis() / 1000.0);
    }
}
