package dk.samspil.web.municipality.application.query;

import java.time.LocalDate;
import java.util.List;

/** The part of {@code GET /api/municipalities/{code}/initiatives/{id}} the application form is filled from. */
public record InitiativeResponse(String id, String municipalityCode, String status, String statusLabel,
                                 Application application) {

    public record Application(String name, String preventionLevel, String scope, LocalDate startDate,
                              LocalDate endDate, List<String> themes, Integer targetAgeFrom, Integer targetAgeTo,
                              List<String> targetGroups, List<String> goals, List<String> partners,
                              String evaluationPlan, String knowledgeSharing, Coordinator coordinator,
                              List<String> localAreas, String organisationalUnit, List<String> methods,
                              List<BudgetLine> budgetLines) {
    }

    public record Coordinator(String name, String email, String phone, String leaderGroupContact) {
    }

    public record BudgetLine(String heading, long expectedAmount, String settlementMonth) {
    }
}
