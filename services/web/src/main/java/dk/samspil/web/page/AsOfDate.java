package dk.samspil.web.page;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The "Vis pr. dato" field: empty for today's figures, a day for the figures as they stood at its end. What the user
 * typed is kept, so that a date that cannot be read is shown back with the error beside it.
 */
public record AsOfDate(String entered, Optional<LocalDate> date, String error) {

    public static AsOfDate parse(String entered) {
        if (entered == null || entered.isBlank()) {
            return new AsOfDate("", Optional.empty(), null);
        }
        try {
            LocalDate day = LocalDate.parse(entered.strip());
            if (day.isAfter(LocalDate.now(DanishFormats.DENMARK))) {
                return new AsOfDate(entered, Optional.empty(), "Datoen må ikke ligge efter i dag.");
            }
            return new AsOfDate(entered, Optional.of(day), null);
        } catch (DateTimeParseException notADate) {
            return new AsOfDate(entered, Optional.empty(), "Skriv datoen som åååå-mm-dd, fx 2026-06-30.");
        }
    }

    /** The same date, refused by the service that keeps the figures (before its first event, say). */
    public AsOfDate refused(String why) {
        return new AsOfDate(entered, Optional.empty(), why);
    }

    public boolean isToday() {
        return date.isEmpty();
    }

    public boolean hasError() {
        return error != null;
    }
}
