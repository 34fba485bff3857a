package dk.samspil.platform.activity.timeline;

import dk.samspil.platform.web.ApiProblem;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code asOf} request parameter: a Danish date ({@code 2026-06-30}, the picture at the end of that day, or now
 * for today) or a moment with its offset ({@code 2026-06-30T12:00:00Z}). It must lie between the timeline's first
 * event and now: anything else is refused naming the valid range, because a picture from before the first event or
 * from the future would be a guess.
 */
final class AsOf {

    static final String FIELD = "asOf";

    private AsOf() {
    }

    /** @param endOfDay the last moment of a Danish day, as the timeline tells moments apart */
    static Instant resolve(String raw, Optional<Instant> firstEventAt, Clock clock, Function<LocalDate, Instant> endOfDay) {
        Instant now = clock.instant();
        Instant asOf = parse(raw.strip(), clock, now, endOfDay);
        if (firstEventAt.isEmpty()) {
            throw ApiProblem.unprocessable(FIELD, "Der er ingen hændelser endnu, så der er intet billede at vise for "
                    + raw).with("value", raw);
        }
        Instant first = firstEventAt.get();
        if (asOf.isBefore(first) || asOf.isAfter(now)) {
            throw ApiProblem.unprocessable(FIELD, "asOf skal ligge mellem den første hændelse (" + first + ") og nu ("
                            + now + ")")
                    .with("value", raw).with("validFrom", first.toString()).with("validTo", now.toString());
        }
        return asOf;
    }

    private static Instant parse(String raw, Clock clock, Instant now, Function<LocalDate, Instant> endOfDay) {
        try {
            if (raw.length() == 10) {
                LocalDate day = LocalDate.parse(raw);
                Instant end = endOfDay.apply(day);
                return end.isAfter(now) && !day.isAfter(LocalDate.now(clock)) ? now : end;
            }
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeException e) {
            throw ApiProblem.badRequest(FIELD, "asOf skal være en dato (ÅÅÅÅ-MM-DD) eller et tidspunkt med tidszone "
                    + "(ÅÅÅÅ-MM-DDTtt:mm:ssZ), ikke '" + raw + "'").with("value", raw);
        }
    }
}
