package dk.samspil.web.figures;

/** How many municipalities of a group have a current adopted action plan, and how many follow-ups are overdue. */
public record ActionPlanCoverage(long municipalities, long withCurrentAdoptedPlan, long followUpsOverdue,
                                 long presentedAtDistrictCouncil) {

    public long withoutCurrentAdoptedPlan() {
        return municipalities - withCurrentAdoptedPlan;
    }
}
