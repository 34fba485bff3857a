package dk.samspil.web.municipality.actionplan.web;

import dk.samspil.web.municipality.actionplan.query.ActionPlanCommands;
import dk.samspil.web.page.Choice;
import dk.samspil.web.page.FormErrors;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dk.samspil.web.page.FormRows.blankAsNull;

/**
 * The form proposing a two-year action plan, as typed: the six points, the lists (sub-goals, the roles at each
 * level of the organisation) one entry per line, the initiatives ticked. Its fields are named as the API names them
 * ({@code organisation.strategic}), so a refusal lands at its field.
 */
record ProposalForm(MultiValueMap<String, String> typed) {

    static final ProposalForm EMPTY = new ProposalForm(new LinkedMultiValueMap<>());

    /** The plan is proposed by the executing or coordinating level; the leadership level adopts it. */
    static final List<Choice> PROPOSERS = List.of(new Choice("EXECUTING", "Det udførende niveau"),
            new Choice("COORDINATING", "Det koordinerende niveau"));

    public String value(String field) {
        return typed.getFirst(field);
    }

    public List<String> values(String field) {
        return typed.getOrDefault(field, List.of());
    }

    ActionPlanCommands.Proposal proposal() {
        return new ActionPlanCommands.Proposal(text("firstYear"), text("analysis"), text("overallGoal"),
                lines("subGoals"), values("initiativeIds"),
                new ActionPlanCommands.Organisation(lines("organisation.strategic"),
                        lines("organisation.coordinating"), lines("organisation.executing")),
                text("financing"), text("documentation"), text("proposedBy"));
    }

    /** The service names an entry of a list ({@code subGoals[2]}); the form shows it at the list's field. */
    static FormErrors atFields(FormErrors refused) {
        Map<String, String> byField = new LinkedHashMap<>();
        refused.summary().forEach(error -> byField.putIfAbsent(error.getKey().replaceFirst("\\[\\d+]$", ""),
                error.getValue()));
        return new FormErrors(byField, refused.general());
    }

    private String text(String field) {
        return blankAsNull(value(field));
    }

    private List<String> lines(String field) {
        String text = value(field);
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }
}
