package dk.samspil.web.national.project.web;

import dk.samspil.platform.security.Role;
import dk.samspil.web.page.FormStep;
import dk.samspil.web.signin.SignedInUser;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static dk.samspil.web.page.FormField.kroner;
import static dk.samspil.web.page.FormField.text;

/**
 * The steps of a national project the detail page offers as forms: on the project itself, posted to the web at
 * {@code /landet/projekter/{id}/{slug}}, or on one of its grants, pilot municipalities or milestones, at
 * {@code /landet/projekter/{id}/{part}/{itemId}/{slug}}; passed on to the same place under
 * {@code /api/national/projects/{id}}.
 * <p>
 * Which statuses allow a step mirrors the Project aggregate of the national association's service: a closed project
 * (completed or stopped) takes no new grants, pilot municipalities or milestones, though a pilot municipality may still
 * leave and a milestone still be reached; only a funded project starts and only a running one is completed. Only the
 * national secretariat takes steps (the service's access rules); the board reads. The service still decides.
 */
public enum ProjectStep {

    GRANT_APPLICATION(Part.PROJECT, Statuses.OPEN, Set.of(), FormStep.of("bevillingsansoegning", "grants",
            "Registrér ansøgningen", "Ansøgningen om midler er registreret.", text("grantor"), kroner("amount"))),
    GRANT_AWARD(Part.GRANT, Statuses.OPEN, Set.of("APPLIED"), FormStep.of("bevilling", "award",
            "Registrér bevillingen", "Bevillingen er registreret som givet.")),
    GRANT_ACCEPTANCE(Part.GRANT, Statuses.OPEN, Set.of("AWARDED"), FormStep.of("modtagelse", "acceptance",
            "Tag imod bevillingen", "Bevillingen er taget imod med bestyrelsens mandat.",
            text("boardMandate.decidedOn"), text("boardMandate.reference"))),
    GRANT_DECLINE(Part.GRANT, Statuses.OPEN, Set.of("APPLIED", "AWARDED"), FormStep.of("afslag", "decline",
            "Afslå", "Bevillingen er afslået.")),
    PILOT_INVITATION(Part.PROJECT, Statuses.OPEN, Set.of(), FormStep.of("invitation", "pilot-municipalities",
            "Invitér kommunen", "Kommunen er inviteret som pilotkommune.", text("municipalityCode"), text("role"))),
    PILOT_JOINING(Part.PILOT_MUNICIPALITY, Statuses.OPEN, Set.of("INVITED"), FormStep.of("indtraeden", "joining",
            "Registrér indtræden", "Kommunen deltager nu i projektet.")),
    PILOT_LEAVING(Part.PILOT_MUNICIPALITY, Statuses.ALL, Set.of("JOINED"), FormStep.of("udtraeden", "leaving",
            "Registrér udtræden", "Kommunen er trådt ud af projektet.")),
    MILESTONE(Part.PROJECT, Statuses.OPEN, Set.of(), FormStep.of("milepael", "milestones",
            "Sæt milepælen", "Milepælen er sat.", text("title"), text("dueDate"))),
    MILESTONE_REACHED(Part.MILESTONE, Statuses.ALL, Set.of("OPEN"), FormStep.of("naaet", "reached",
            "Markér som nået", "Milepælen er nået.")),
    START(Part.PROJECT, Set.of("FUNDED"), Set.of(), FormStep.of("igangsaetning", "start",
            "Sæt i gang", "Projektet er sat i gang.")),
    COMPLETION(Part.PROJECT, Set.of("RUNNING"), Set.of(), FormStep.of("afslutning", "completion",
            "Afslut projektet", "Projektet er afsluttet.")),
    STOP(Part.PROJECT, Statuses.OPEN, Set.of(), FormStep.of("stop", "stop",
            "Stop projektet", "Projektet er stoppet.", text("reason")));

    private final Part part;
    private final Set<String> projectStatuses;
    private final Set<String> itemStatuses;
    private final FormStep form;

    ProjectStep(Part part, Set<String> projectStatuses, Set<String> itemStatuses, FormStep form) {
        this.part = part;
        this.projectStatuses = projectStatuses;
        this.itemStatuses = itemStatuses;
        this.form = form;
    }

    /** The step a web path names: {@code part} is null for a step on the project itself. */
    static Optional<ProjectStep> of(String part, String slug) {
        return Arrays.stream(values())
                .filter(step -> step.form.slug().equals(slug) && Objects.equals(step.part.path, part))
                .findFirst();
    }

    static Optional<ProjectStep> ofSlug(String slug) {
        return Arrays.stream(values()).filter(step -> step.form.slug().equals(slug)).findFirst();
    }

    /**
     * The steps this user may take now on a part of a project in {@code projectStatus}; {@code itemStatus} is the
     * grant's, pilot municipality's or milestone's (null for the project itself).
     */
    static List<ProjectStep> offered(SignedInUser user, Part part, String projectStatus, String itemStatus) {
        if (user == null || !user.hasAny(Set.of(Role.NATIONAL_SECRETARIAT))) {
            return List.of();
        }
        return Arrays.stream(values())
                .filter(step -> step.part == part && step.projectStatuses.contains(projectStatus)
                        && (part == Part.PROJECT || step.itemStatuses.contains(itemStatus)))
                .toList();
    }

    public FormStep form() {
        return form;
    }

    Part part() {
        return part;
    }

    /** Where the form posts to. */
    public String action(String projectId, String itemId) {
        String project = "/landet/projekter/" + projectId + "/";
        return part == Part.PROJECT ? project + form.slug() : project + part.path + "/" + itemId + "/" + form.slug();
    }

    /** The parts of a project a step is taken on: their path in the web's and in the API's addresses. */
    enum Part {
        PROJECT(null, null),
        GRANT("bevillinger", "grants"),
        PILOT_MUNICIPALITY("pilotkommuner", "pilot-municipalities"),
        MILESTONE("milepaele", "milestones");

        private final String path;
        private final String apiPath;

        Part(String path, String apiPath) {
            this.path = path;
            this.apiPath = apiPath;
        }

        String apiPath() {
            return apiPath;
        }
    }

    private static final class Statuses {

        static final Set<String> OPEN = Set.of("PROPOSED", "FUNDING_APPLIED", "FUNDED", "RUNNING");
        static final Set<String> ALL = Set.of("PROPOSED", "FUNDING_APPLIED", "FUNDED", "RUNNING", "COMPLETED",
                "STOPPED");

        private Statuses() {
        }
    }
}
