package dk.samspil.web.municipality.application.query;

import java.util.List;

/**
 * The body of {@code POST /api/municipalities/{code}/initiatives} and {@code PUT …/{id}/application}: the
 * initiative's application as the form holds it. Dates and months are sent as typed (ISO, as the date fields give
 * them) and ages as any whole number, so the service names the field when one cannot be read or is out of range. A
 * draft may leave everything but name, level, scope and period empty; empty fields are left out.
 */
public record ApplicationRequest(String name, String preventionLevel, String scope, String startDate, String endDate,
                                 List<String> themes, Long targetAgeFrom, Long targetAgeTo,
                                 List<String> targetGroups, List<String> goals, List<String> partners,
                                 String evaluationPlan, String knowledgeSharing, Coordinator coordinator,
                                 List<String> localAreas, String organisationalUnit, List<String> methods,
                                 List<BudgetLine> budgetLines) {

    public record Coordinator(String name, String email, String phone, String leaderGroupContact) {
    }

    public record BudgetLine(String heading, Long expectedAmount, String settlementMonth) {
    }
}
