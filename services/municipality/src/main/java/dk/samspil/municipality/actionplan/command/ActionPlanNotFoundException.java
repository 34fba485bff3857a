package dk.samspil.municipality.actionplan.command;

/** No action plan with this id belongs to the asking municipality (another municipality's counts as none). */
public class ActionPlanNotFoundException extends RuntimeException {

    public ActionPlanNotFoundException(String actionPlanId, String municipalityCode) {
        super("Kommune " + municipalityCode + " har ingen handleplan med id " + actionPlanId);
    }
}
