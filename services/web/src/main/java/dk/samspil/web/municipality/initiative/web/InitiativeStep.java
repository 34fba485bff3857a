package dk.samspil.web.municipality.initiative.web;

import dk.samspil.platform.security.Role;
import dk.samspil.web.municipality.initiative.query.Initiative;
import dk.samspil.web.signin.SignedInUser;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The steps of an initiative's life the detail page offers as forms, each posted to the web at
 * {@code /kommuner/{kommunekode}/indsatser/{id}/{slug}} and passed on to
 * {@code POST /api/municipalities/{kommunekode}/initiatives/{id}/{apiPath}}.
 * <p>
 * Which status allows a step mirrors the Initiative aggregate of the municipality's service (draft → submitted →
 * approved or rejected → budget approved or approved without funding → active ⇄ paused → completed; withdrawn from
 * any status that is not final); which roles may take it mirrors its access rules: the leader group and the
 * secretariat decide (approval, rejection, budget approval, approval without funding), the consultants and the
 * secretariat draft and run the initiative (everything else) — always for their own municipality. The page offers
 * only what the service would accept now; the service still decides.
 */
public enum InitiativeStep {

    SUBMISSION("indsendelse", "submission", "submitted", Who.DRAFTING, "Indsend",
            "Ansøgningen er indsendt til SSP-ledergruppen.", List.of(), "DRAFT"),
    APPROVAL("godkendelse", "approval", "approved", Who.DECIDING, "Godkend",
            "Ansøgningen er godkendt af SSP-ledergruppen.", List.of("leaderGroupArea"), "SUBMITTED"),
    REJECTION("afvisning", "rejection", "rejected", Who.DECIDING, "Afvis",
            "Ansøgningen er afvist.", List.of("reason"), "SUBMITTED"),
    BUDGET_APPROVAL("budgetgodkendelse", "budget-approval", "budget-approved", Who.DECIDING, "Godkend budgettet",
            "Budgettet er godkendt, og beløbet er reserveret i puljen.", List.of("accountingYear", "overrideReason"),
            "APPROVED"),
    APPROVAL_WITHOUT_FUNDING("godkendelse-uden-midler", "approval-without-funding", "approved-without-funding",
            Who.DECIDING, "Godkend uden midler", "Indsatsen er godkendt uden midler fra puljen.", List.of("reason"),
            "APPROVED"),
    ACTIVATION("igangsaetning", "activation", "activated", Who.DRAFTING, "Sæt i gang",
            "Indsatsen er sat i gang.", List.of("activatedOn"), "BUDGET_APPROVED", "APPROVED_WITHOUT_FUNDING"),
    STATUS_REPORT("statusrapport", "status-reports", "status-reported", Who.DRAFTING, "Afgiv status",
            "Statusrapporten er afgivet.", List.of("summary", "reportedOn"), "ACTIVE"),
    PAUSE("pause", "pause", "paused", Who.DRAFTING, "Sæt på pause",
            "Indsatsen er sat på pause.", List.of("reason"), "ACTIVE"),
    RESUMPTION("genoptagelse", "resumption", "resumed", Who.DRAFTING, "Genoptag",
            "Indsatsen er genoptaget.", List.of("resumedOn"), "PAUSED"),
    COMPLETION("afslutning", "completion", "completed", Who.DRAFTING, "Afslut indsatsen",
            "Indsatsen er afsluttet med evaluering og regnskab.",
            List.of("finalEvaluation", "completedOn", "actualAmounts"), "ACTIVE"),
    WITHDRAWAL("tilbagetraekning", "withdrawal", "withdrawn", Who.DRAFTING, "Træk tilbage",
            "Indsatsen er trukket tilbage.", List.of("reason"),
            "DRAFT", "SUBMITTED", "APPROVED", "BUDGET_APPROVED", "APPROVED_WITHOUT_FUNDING", "ACTIVE", "PAUSED");

    /** The web paths' step names, for the POST mapping. */
    static final String SLUGS = "indsendelse|godkendelse|afvisning|budgetgodkendelse|godkendelse-uden-midler"
            + "|igangsaetning|statusrapport|pause|genoptagelse|tilbagetraekning|afslutning";

    private final String slug;
    private final String apiPath;
    private final String historyStep;
    private final Who who;
    private final String button;
    private final String done;
    private final List<String> fields;
    private final Set<String> fromStatuses;

    InitiativeStep(String slug, String apiPath, String historyStep, Who who, String button, String done,
                   List<String> fields, String... fromStatuses) {
        this.slug = slug;
        this.apiPath = apiPath;
        this.historyStep = historyStep;
        this.who = who;
        this.button = button;
        this.done = done;
        this.fields = fields;
        this.fromStatuses = Set.of(fromStatuses);
    }

    public static Optional<InitiativeStep> ofSlug(String slug) {
        return Arrays.stream(values()).filter(step -> step.slug.equals(slug)).findFirst();
    }

    /** The steps this user may take now on an initiative of the municipality in this status, in the page's order. */
    public static List<InitiativeStep> offeredTo(SignedInUser user, String kommunekode, String status) {
        return Arrays.stream(values()).filter(step -> step.allowedIn(status) && step.mayBeTakenBy(user, kommunekode))
                .toList();
    }

    /** The application may be changed while it is a draft, by those who draft. */
    public static boolean mayEditApplication(SignedInUser user, String kommunekode, String status) {
        return "DRAFT".equals(status) && Who.DRAFTING.includes(user, kommunekode);
    }

    /** Only those who draft register new initiatives. */
    public static boolean mayDraft(SignedInUser user, String kommunekode) {
        return Who.DRAFTING.includes(user, kommunekode);
    }

    public boolean allowedIn(String status) {
        return fromStatuses.contains(status);
    }

    public boolean mayBeTakenBy(SignedInUser user, String kommunekode) {
        return who.includes(user, kommunekode);
    }

    public String slug() {
        return slug;
    }

    public String apiPath() {
        return apiPath;
    }

    /** The {@code step} the service records in the history when this step is taken. */
    public String historyStep() {
        return historyStep;
    }

    public String button() {
        return button;
    }

    /** The success alert after the step. */
    public String done() {
        return done;
    }

    /** The API's names of the fields the step's form has. */
    public List<String> fields() {
        return fields;
    }

    /** The id of the form's element for an API field: {@code afvisning-reason}. */
    public String id(String field) {
        return slug + "-" + field;
    }

    private enum Who {
        DRAFTING(EnumSet.of(Role.SSP_CONSULTANT, Role.SSP_SECRETARIAT)),
        DECIDING(EnumSet.of(Role.SSP_LEADER_GROUP, Role.SSP_SECRETARIAT));

        private final Set<Role> roles;

        Who(Set<Role> roles) {
            this.roles = roles;
        }

        boolean includes(SignedInUser user, String kommunekode) {
            return user != null && user.caller().isMunicipality(kommunekode) && user.hasAny(roles);
        }
    }
}
