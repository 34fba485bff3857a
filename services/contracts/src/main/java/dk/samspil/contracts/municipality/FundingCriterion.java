package dk.samspil.contracts.municipality;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The criteria the secretariat checks, and records, when it approves an initiative's budget: at least two SSP parties
 * among the partners, a city-wide initiative covers more than one local area, at least one knowledge-based method.
 * The rule is here so that the municipality service, which records the unmet ones, and the web, which shows them
 * before the approval, cannot disagree.
 */
public enum FundingCriterion {
    TWO_SSP_PARTIES("mindst to SSP-parter blandt samarbejdspartnerne"),
    CITY_WIDE_COVERAGE("en bydækkende indsats dækker mere end ét lokalområde"),
    KNOWLEDGE_BASED_METHOD("mindst én vidensbaseret metode");

    private final String label;

    FundingCriterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The criteria an application does not meet, in this enum's order; a scope not yet chosen is not city-wide. */
    public static List<FundingCriterion> unmetBy(Collection<Partner> partners, InitiativeScope scope,
                                                 Collection<String> localAreas, Collection<KnowledgeBasedMethod> methods) {
        return Arrays.stream(values()).filter(criterion -> !criterion.isMetBy(partners, scope, localAreas, methods))
                .toList();
    }

    private boolean isMetBy(Collection<Partner> partners, InitiativeScope scope, Collection<String> localAreas,
                            Collection<KnowledgeBasedMethod> methods) {
        return switch (this) {
            case TWO_SSP_PARTIES -> partners.stream().filter(Partner::isSspParty).distinct().count() >= 2;
            case CITY_WIDE_COVERAGE -> scope != InitiativeScope.CITY_WIDE || localAreas.stream().distinct().count() > 1;
            case KNOWLEDGE_BASED_METHOD -> !methods.isEmpty();
        };
    }
}
