package dk.samspil.web.municipality.actionplan.web;

import dk.samspil.web.municipality.actionplan.query.ActionPlan;
import dk.samspil.web.municipality.actionplan.query.ActionPlanCommands;
import dk.samspil.web.signin.SignedInUser;
import org.springframework.util.MultiValueMap;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static dk.samspil.web.page.FormRows.blankAsNull;

/**
 * The steps an action plan's page offers as forms, each posted to the web at
 * {@code /kommuner/{kommunekode}/handleplaner/{id}/{slug}} and passed on to
 * {@code POST /api/municipalities/{kommunekode}/action-plans/{id}/{command}}. Which status allows a step mirrors the
 * ActionPlan aggregate (initiatives join a plan in any status; a proposed plan is adopted; an adopted plan is
 * presented at the district council once and followed up every year); the service still decides.
 */
enum ActionPlanStep {

    INITIATIVE("indsats", "initiatives", PlanRoles.DRAFTING, "Indsatsen er føjet til handleplanen."),
    ADOPTION("vedtagelse", "adoption", PlanRoles.DECIDING, "Handleplanen er vedtaget."),
    PRESENTATION("fremlaeggelse", "presentation", PlanRoles.DRAFTING,
            "Handleplanen er registreret som fremlagt i kredsrådet."),
    FOLLOW_UP("opfoelgning", "follow-ups", PlanRoles.DRAFTING, "Den årlige opfølgning er registreret.");

    /** The web paths' step names, for the POST mapping. */
    static final String SLUGS = "indsats|vedtagelse|fremlaeggelse|opfoelgning";

    private final String slug;
    private final String command;
    private final PlanRoles who;
    private final String done;

    ActionPlanStep(String slug, String command, PlanRoles who, String done) {
        this.slug = slug;
        this.command = command;
        this.who = who;
        this.done = done;
    }

    static Optional<ActionPlanStep> ofSlug(String slug) {
        return Arrays.stream(values()).filter(step -> step.slug.equals(slug)).findFirst();
    }

    /** The steps this user may take now on the plan, in the page's order. */
    static List<ActionPlanStep> offeredTo(SignedInUser user, ActionPlan plan) {
        return Arrays.stream(values())
                .filter(step -> step.allowedFor(plan) && step.who.include(user, plan.municipalityCode()))
                .toList();
    }

    String slug() {
        return slug;
    }

    String command() {
        return command;
    }

    /** The success alert after the step. */
    String done() {
        return done;
    }

    /** The body the service takes, from the step form's fields (named as the API names them). */
    Object body(MultiValueMap<String, String> form) {
        return switch (this) {
            case INITIATIVE -> new ActionPlanCommands.Link(blankAsNull(form.getFirst("initiativeId")));
            case ADOPTION -> new ActionPlanCommands.Adoption(blankAsNull(form.getFirst("adoptedOn")));
            case PRESENTATION -> new ActionPlanCommands.Presentation(blankAsNull(form.getFirst("presentedOn")));
            case FOLLOW_UP -> new ActionPlanCommands.FollowUp(blankAsNull(form.getFirst("summary")),
                    blankAsNull(form.getFirst("followedUpOn")));
        };
    }

    private boolean allowedFor(ActionPlan plan) {
        return switch (this) {
            case INITIATIVE -> true;
            case ADOPTION -> !plan.isAdopted();
            case PRESENTATION -> plan.isAdopted() && !plan.isPresented();
            case FOLLOW_UP -> plan.isAdopted();
        };
    }
}
