package dk.samspil.platform.activity.timeline;

import java.time.YearMonth;

/** The country at the end of a Danish calendar month (or now, for the current month). */
public record MonthPicture(YearMonth month, TimelinePicture atEnd) {
}
