package dk.samspil.web.page;

import dk.samspil.web.api.ApiRefusedException;
import org.springframework.http.HttpStatus;

/**
 * A command a service refused, as the form shows it: the fields at fault (400, 422), or a conflict with the state the
 * service found (409), for the page to show again with that state. Any other refusal is the Danish error page.
 */
public record FormRefusal(HttpStatus status, FormErrors errors, String conflict) {

    public static FormRefusal of(ApiRefusedException refused) {
        return switch (refused.status()) {
            case BAD_REQUEST, UNPROCESSABLE_CONTENT -> new FormRefusal(refused.status(), FormErrors.of(refused), null);
            case CONFLICT -> new FormRefusal(HttpStatus.CONFLICT, FormErrors.NONE,
                    refused.problem().detail() != null ? refused.problem().detail() : "Nogen har ændret det samtidig.");
            default -> throw refused;
        };
    }

    public FormRefusal withErrors(FormErrors changed) {
        return new FormRefusal(status, changed, conflict);
    }

    /** One sentence for an alert, where the page has no field to show the refusal at. */
    public String explanation() {
        return conflict != null ? conflict
                : errors.general() != null ? errors.general() : String.join(" ", errors.byField().values());
    }

    public boolean isConflict() {
        return status == HttpStatus.CONFLICT;
    }
}
