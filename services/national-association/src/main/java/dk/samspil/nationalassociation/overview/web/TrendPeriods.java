package dk.samspil.nationalassociation.overview.web;

import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.UnknownPoliceDistrictException;
import dk.samspil.nationalassociation.overview.query.FetchNationalTrendsQuery;
import dk.samspil.platform.web.ApiProblem;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Reads the trends' {@code from}, {@code to} (a month {@code 2026-06}, or a date whose month is meant) and
 * {@code district} parameters: twelve months to the current one by default, at most ten years, nothing after the
 * current month.
 */
final class TrendPeriods {

    static final int MAX_MONTHS = 120;
    private static final int DEFAULT_MONTHS = 12;

    private final Clock clock;

    TrendPeriods(Clock clock) {
        this.clock = clock;
    }

    FetchNationalTrendsQuery query(String from, String to, String district) {
        YearMonth thisMonth = YearMonth.now(clock);
        YearMonth last = to == null ? thisMonth : month("to", to);
        YearMonth first = from == null ? last.minusMonths(DEFAULT_MONTHS - 1) : month("from", from);
        if (last.isAfter(thisMonth)) {
            throw ApiProblem.unprocessable("to", "to må ikke ligge efter denne måned (" + thisMonth + ")").with("value", to);
        }
        if (first.isAfter(last)) {
            throw ApiProblem.unprocessable("from", "from (" + first + ") ligger efter to (" + last + ")").with("value", from);
        }
        if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
            throw ApiProblem.unprocessable("from", "Højst " + MAX_MONTHS + " måneder ad gangen").with("value", from);
        }
        return new FetchNationalTrendsQuery(first, last, district == null ? null : districtCode(district));
    }

    private static YearMonth month(String field, String value) {
        try {
            return value.strip().length() == 7 ? YearMonth.parse(value.strip()) : YearMonth.from(LocalDate.parse(value.strip()));
        } catch (DateTimeException e) {
            throw ApiProblem.badRequest(field, field + " skal være en måned (ÅÅÅÅ-MM) eller en dato (ÅÅÅÅ-MM-DD), ikke '"
                    + value + "'").with("value", value);
        }
    }

    private static String districtCode(String district) {
        try {
            return ReferenceData.instance().district(district.strip()).code();
        } catch (UnknownPoliceDistrictException e) {
            throw ApiProblem.notFound(e.getMessage()).with("field", "district").with("value", district);
        }
    }
}
