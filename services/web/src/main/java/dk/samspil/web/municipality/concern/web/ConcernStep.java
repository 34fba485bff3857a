package dk.samspil.web.municipality.concern.web;

import dk.samspil.web.municipality.concern.query.ConcernCommands;

import java.util.Arrays;
import java.util.Optional;

/** The steps a municipality may take on a concern: the web's path, the API's path and the body it takes. */
enum ConcernStep {
    UPDATE("opdatering", "updates", "Bekymringen er opdateret."),
    CONFIRM("bekraeftelse", "confirmations", "Kommunen har bekræftet bekymringen: I ser det også."),
    ESCALATE("eskalering", "escalation", "Bekymringen er eskaleret til politikredsen."),
    RESOLVE("loesning", "resolution", "Bekymringen er løst.");

    private final String slug;
    private final String apiStep;
    private final String done;

    ConcernStep(String slug, String apiStep, String done) {
        this.slug = slug;
        this.apiStep = apiStep;
        this.done = done;
    }

    static Optional<ConcernStep> of(String slug) {
        return Arrays.stream(values()).filter(step -> step.slug.equals(slug)).findFirst();
    }

    String slug() {
        return slug;
    }

    String apiStep() {
        return apiStep;
    }

    String done() {
        return done;
    }

    Object body(StepForm form, String municipalityCode) {
        return switch (this) {
            case UPDATE -> new ConcernCommands.Update(municipalityCode, form.note(), form.severity());
            case CONFIRM -> new ConcernCommands.Confirmation(municipalityCode, form.note());
            case ESCALATE -> new ConcernCommands.Escalation(form.districtCodes(), form.reason());
            case RESOLVE -> new ConcernCommands.Resolution(form.resolution());
        };
    }
}
