package dk.samspil.web.municipality.application.web;

import dk.samspil.web.api.ApiRefusedException;
import dk.samspil.web.page.FormErrors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The service's refusal of an application, by the form's inputs. The API names a field by its path in the request,
 * or in the command when a rule refused it ({@code application.goals[1]}); an item of a list written in one input
 * ({@code themes[2]}) belongs to that input. What names no input of the form is said above it.
 */
final class ApplicationErrors {

    private static final Set<String> INPUTS = Set.of("name", "preventionLevel", "scope", "startDate", "endDate",
            "themes", "targetAgeFrom", "targetAgeTo", "targetGroups", "goals", "partners", "evaluationPlan",
            "knowledgeSharing", "coordinator.name", "coordinator.email", "coordinator.phone",
            "coordinator.leaderGroupContact", "localAreas", "organisationalUnit", "methods", "budgetLines");
    private static final Pattern BUDGET_LINE_INPUT =
            Pattern.compile("budgetLines\\[\\d+]\\.(heading|expectedAmount|settlementMonth)");
    private static final Pattern LIST_ITEM = Pattern.compile("\\[\\d+]$");
    private static final String COMMAND_PREFIX = "application.";

    private ApplicationErrors() {
    }

    static FormErrors of(ApiRefusedException refused) {
        Map<String, String> byInput = new LinkedHashMap<>();
        List<String> elsewhere = new ArrayList<>();
        refused.problem().fieldMessages().forEach((field, message) -> inputOf(field).ifPresentOrElse(
                input -> byInput.putIfAbsent(input, message), () -> elsewhere.add(message)));
        if (byInput.isEmpty() && elsewhere.isEmpty()) {
            return FormErrors.of(refused);
        }
        return new FormErrors(byInput, elsewhere.isEmpty() ? null : String.join(" ", elsewhere));
    }

    static Optional<String> inputOf(String field) {
        String path = field.startsWith(COMMAND_PREFIX) ? field.substring(COMMAND_PREFIX.length()) : field;
        if (BUDGET_LINE_INPUT.matcher(path).matches()) {
            return Optional.of(path);
        }
        String input = LIST_ITEM.matcher(path).replaceFirst("");
        return INPUTS.contains(input) ? Optional.of(input) : Optional.empty();
    }
}
