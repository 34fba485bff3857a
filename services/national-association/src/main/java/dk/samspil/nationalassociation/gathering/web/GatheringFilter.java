package dk.samspil.nationalassociation.gathering.web;

import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.nationalassociation.gathering.query.FetchGatheringsQuery;
import dk.samspil.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;

/**
 * Reads the list's query parameters, both optional: {@code district} is a police district's code or {@code national},
 * {@code year} a year. A year that is no year is malformed (400); a district that is none of the twelve is refused
 * (422). Either problem names the parameter.
 */
final class GatheringFilter {

    private static final int LAST_YEAR = 9999;

    private GatheringFilter() {
    }

    static FetchGatheringsQuery query(String district, String year) {
        return new FetchGatheringsQuery(district(district), year(year));
    }

    private static String district(String district) {
        if (district == null || district.isBlank()) {
            return null;
        }
        String value = district.trim();
        if (value.equalsIgnoreCase(FetchGatheringsQuery.NATIONAL)) {
            return FetchGatheringsQuery.NATIONAL;
        }
        if (ReferenceData.instance().findDistrict(value).isEmpty()) {
            throw ApiProblem.unprocessable("district", "Ukendt politikreds: " + value
                    + "; angiv en politikredskode, fx 1467, eller " + FetchGatheringsQuery.NATIONAL
                    + " for de landsdækkende").with("value", value);
        }
        return value;
    }

    private static Integer year(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(year.trim());
            if (value >= 1 && value <= LAST_YEAR) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw new ApiProblem(HttpStatus.BAD_REQUEST, "Ugyldig forespørgsel", "year skal være et årstal fra 1 til "
                + LAST_YEAR + ", fx 2026: " + year).with("field", "year");
    }
}
