package dk.samspil.web.district.query;

import java.time.LocalDate;
import java.util.List;

/** The council's strategic priorities and, for each, the municipalities whose initiatives address it. */
public record Priorities(LocalDate periodStart, LocalDate periodEnd, List<Priority> items) {

    public record Priority(String themeLabel, String goal, List<Coverage> municipalities, long addressedBy,
                           List<String> notAddressedBy) {
    }

    public record Coverage(String code, String name, long initiativesAddressing) {
    }
}
