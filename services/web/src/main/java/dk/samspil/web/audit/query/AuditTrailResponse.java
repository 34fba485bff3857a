package dk.samspil.web.audit.query;

import java.time.Instant;
import java.util.List;

/** What {@code GET /api/audit} answers, merged by the gateway from every service: oldest first. */
public record AuditTrailResponse(String subject, Instant from, Instant to, List<Entry> entries, boolean truncated) {

    /** {@code action} is "read" (with its {@code purpose}) or "change" ({@code what} names the event). */
    public record Entry(Instant at, String service, String action, String what, String actorId,
                        String actorOrganisation, String purpose, String correlationId) {

        public boolean isRead() {
            return "read".equals(action);
        }
    }
}
