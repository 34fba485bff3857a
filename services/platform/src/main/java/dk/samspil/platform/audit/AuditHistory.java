package dk.samspil.platform.audit;

import java.time.Instant;
import java.util.List;

/** Who saw or changed a subject from {@code from} to {@code to}, oldest first; {@code truncated} when there was more. */
public record AuditHistory(String subject, Instant from, Instant to, List<AuditEntry> entries, boolean truncated) {
}
