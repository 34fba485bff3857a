package dk.samspil.web.districtcouncil.query;

import java.util.List;
import java.util.Map;

/**
 * The district council's steps as the API reads them. Dates and numbers go as the user typed them: the service reads
 * them and names the field it cannot read.
 */
public final class DistrictCouncilCommands {

    private DistrictCouncilCommands() {
    }

    /** {@code priorities}: each with its {@code theme} and {@code goal}. */
    public record Priorities(String periodStart, String periodEnd, List<Map<String, String>> priorities) {
    }

    public record Draft(String title, String periodStart, String periodEnd, String text) {
    }

    public record Publication(String version) {
    }

    /** {@code agenda}: each item with its {@code kind}, {@code reference} (may be null) and {@code title}. */
    public record Meeting(String date, List<Map<String, String>> agenda) {
    }

    public record Decision(String title, String description, List<String> themes, List<String> localCouncilIds,
                           String dueDate) {
    }

    public record Assignment(List<String> localCouncilIds) {
    }
}
