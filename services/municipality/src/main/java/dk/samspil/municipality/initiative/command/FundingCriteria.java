package dk.samspil.municipality.initiative.command;

import dk.samspil.contracts.municipality.FundingCriterion;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.Partner;

import java.util.ArrayList;
import java.util.List;

/**
 * The secretariat's funding criteria: at least two SSP parties among the partners, a city-wide initiative covers
 * more than one local area, at least one knowledge-based method.
 */
public final class FundingCriteria {

    private FundingCriteria() {
    }

    /** The criteria the application does not meet, in the order of {@link FundingCriterion}. */
    public static List<FundingCriterion> unmetBy(InitiativeApplication application) {
        List<FundingCriterion> unmet = new ArrayList<>();
        if (application.partners().stream().filter(Partner::isSspParty).distinct().count() < 2) {
            unmet.add(FundingCriterion.TWO_SSP_PARTIES);
        }
        if (application.scope() == InitiativeScope.CITY_WIDE && application.localAreas().stream().distinct().count() <= 1) {
            unmet.add(FundingCriterion.CITY_WIDE_COVERAGE);
        }
        if (application.methods().isEmpty()) {
            unmet.add(FundingCriterion.KNOWLEDGE_BASED_METHOD);
        }
        return List.copyOf(unmet);
    }
}
