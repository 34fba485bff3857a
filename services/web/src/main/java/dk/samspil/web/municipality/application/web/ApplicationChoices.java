package dk.samspil.web.municipality.application.web;

import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.KnowledgeBasedMethod;
import dk.samspil.contracts.municipality.Partner;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.contracts.municipality.TargetGroup;
import dk.samspil.web.page.Choice;

import java.util.List;
import java.util.Optional;

/** The choices of the application form: the contract's codes with their Danish labels. */
public record ApplicationChoices(List<Choice> preventionLevels, List<Choice> scopes, List<Choice> targetGroups,
                                 List<Choice> partners, List<Choice> methods) {

    static final ApplicationChoices ALL = new ApplicationChoices(
            Choice.of(PreventionLevel.class, PreventionLevel::label),
            Choice.of(InitiativeScope.class, InitiativeScope::label),
            Choice.of(TargetGroup.class, TargetGroup::label),
            Choice.of(Partner.class, Partner::label),
            Choice.of(KnowledgeBasedMethod.class, KnowledgeBasedMethod::label));

    String targetGroup(String code) {
        return labelOf(targetGroups, code);
    }

    String method(String code) {
        return labelOf(methods, code);
    }

    private static String labelOf(List<Choice> choices, String code) {
        Optional<Choice> choice = choices.stream().filter(candidate -> candidate.code().equals(code)).findFirst();
        return choice.map(Choice::label).orElse(code);
    }
}
