package dk.samspil.web.municipality.initiative;

import dk.samspil.contracts.municipality.FundingCriterion;
import dk.samspil.contracts.municipality.Partner;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The pool's funding criteria against an application, for the budget approval form: the service checks the same
 * three when the budget is approved (and records the unmet ones), but tells only then; the form shows them first so
 * that the secretariat sees whether an override reason is needed. At least two SSP parties (school, social services,
 * police) among the partners; a city-wide initiative covers more than one local area; at least one knowledge-based
 * method.
 */
public record FundingCriteriaCheck(List<Criterion> criteria) {

    public record Criterion(String code, String label, boolean met) {
    }

    public static FundingCriteriaCheck of(Initiative.Application application) {
        long sspParties = application.partners().stream().distinct().filter(FundingCriteriaCheck::isSspParty).count();
        boolean cityWide = "CITY_WIDE".equals(application.scope());
        long areas = application.localAreas().stream().distinct().count();
        return new FundingCriteriaCheck(Arrays.stream(FundingCriterion.values())
                .map(criterion -> new Criterion(criterion.name(), criterion.label(), switch (criterion) {
                    case TWO_SSP_PARTIES -> sspParties >= 2;
                    case CITY_WIDE_COVERAGE -> !cityWide || areas > 1;
                    case KNOWLEDGE_BASED_METHOD -> !application.methods().isEmpty();
                }))
                .toList());
    }

    public boolean allMet() {
        return criteria.stream().allMatch(Criterion::met);
    }

    public List<Criterion> unmet() {
        return criteria.stream().filter(criterion -> !criterion.met()).toList();
    }

    private static boolean isSspParty(String code) {
        return Arrays.stream(Partner.values()).anyMatch(partner -> partner.isSspParty() && Objects.equals(partner.name(), code));
    }
}
