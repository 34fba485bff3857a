package dk.samspil.web.audit.query;

import dk.samspil.web.api.SamspilApi;
import org.springframework.stereotype.Component;

/** Asks every service, through the gateway, who saw or changed a subject in a period. */
@Component
public class AuditClient {

    private final SamspilApi api;

    AuditClient(SamspilApi api) {
        this.api = api;
    }

    /** {@code from} and {@code to} as the API takes them: a day ({@code yyyy-MM-dd}), a moment, or empty. */
    public AuditTrailResponse trail(String subject, String from, String to) {
        return api.get(AuditTrailResponse.class, "/api/audit?subject={subject}&from={from}&to={to}", subject,
                from, to);
    }
}
