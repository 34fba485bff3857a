package dk.samspil.web.localcouncil.query;

import java.util.List;
import java.util.Map;

/**
 * The local council's steps as the API reads them. Dates and numbers go as the user typed them: the service reads
 * them and names the field it cannot read.
 */
public final class LocalCouncilCommands {

    private LocalCouncilCommands() {
    }

    public record Activity(String kind, String title, String description, List<String> themes, String heldOn,
                           String participants) {
    }

    public record Report(String periodStart, String periodEnd, List<ThemeTrend> themeTrends,
                         List<Map<String, String>> figures, String text) {
    }

    public record ThemeTrend(String theme, String trend) {
    }

    public record Implementation(String status, String note) {
    }
}
