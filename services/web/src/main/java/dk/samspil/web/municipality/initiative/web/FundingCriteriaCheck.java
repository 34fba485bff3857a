package dk.samspil.web.municipality.initiative.web;

import dk.samspil.contracts.municipality.FundingCriterion;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.KnowledgeBasedMethod;
import dk.samspil.contracts.municipality.Partner;
import dk.samspil.web.municipality.initiative.query.Initiative;

import java.util.Arrays;
import java.util.List;

/**
 * The pool's funding criteria against an application, for the budget approval form: the service checks them when the
 * budget is approved (and records the unmet ones) with the same rule ({@link FundingCriterion#unmetBy}); the form shows
 * them first, so that the secretariat sees whether an override reason is needed.
 */
public record FundingCriteriaCheck(List<Criterion> criteria) {

    public record Criterion(String code, String label, boolean met) {
    }

    public static FundingCriteriaCheck of(Initiative.Application application) {
        List<FundingCriterion> unmet = FundingCriterion.unmetBy(
                application.partners().stream().map(Partner::valueOf).toList(),
                application.scope() == null ? null : InitiativeScope.valueOf(application.scope()),
                application.localAreas(),
                application.methods().stream().map(KnowledgeBasedMethod::valueOf).toList());
        return new FundingCriteriaCheck(Arrays.stream(FundingCriterion.values())
                .map(criterion -> new Criterion(criterion.name(), criterion.label(), !unmet.contains(criterion)))
                .toList());
    }

    public boolean allMet() {
        return criteria.stream().allMatch(Criterion::met);
    }

    public List<Criterion> unmet() {
        return criteria.stream().filter(criterion -> !criterion.met()).toList();
    }
}
