package dk.samspil.platform.audit;

import dk.samspil.platform.web.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * "Who saw or changed this, when and for what purpose" in this service, for auditors only (the platform's access
 * rules). {@code from} and {@code to} are instants or Danish days (a day from its first to its last moment); without
 * them the answer runs from the beginning until now. The auditor's own look is recorded as a read of the audit log.
 */
@RestController
public class AuditController {

    static final String AUDIT_LOG = "audit-log";
    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
    private static final int MAX_SUBJECT_LENGTH = 255;

    private final AuditLog log;
    private final AuditTrail trail;
    private final Clock clock;

    public AuditController(AuditLog log, AuditTrail trail, Clock clock) {
        this.log = log;
        this.trail = trail;
        this.clock = clock;
    }

    @GetMapping("/api/audit")
    public AuditHistory audit(@RequestParam(required = false) String subject, @RequestParam(required = false) String from,
                              @RequestParam(required = false) String to) {
        String subjectId = subject(subject);
        Instant start = isBlank(from) ? Instant.EPOCH : moment("from", from, false);
        Instant end = isBlank(to) ? clock.instant() : moment("to", to, true);
        if (start.isAfter(end)) {
            throw ApiProblem.unprocessable("from", "Perioden begynder (from " + start + ") efter den slutter (to " + end + ")");
        }
        AuditHistory history = log.history(subjectId, start, end);
        trail.recordRead(AUDIT_LOG, subjectId, "Revision: opslag i revisionsloggen");
        return history;
    }

    private static String subject(String subject) {
        if (isBlank(subject)) {
            throw ApiProblem.badRequest("subject", "Angiv hvad der slås op i revisionsloggen: subject (fx et initiativs id)");
        }
        String id = subject.strip();
        if (id.length() > MAX_SUBJECT_LENGTH) {
            throw ApiProblem.badRequest("subject", "subject må højst være " + MAX_SUBJECT_LENGTH + " tegn");
        }
        return id;
    }

    /** An instant (ISO 8601, with Z or an offset) or a day, {@code yyyy-MM-dd}: its first or its last moment in Denmark. */
    private static Instant moment(String field, String value, boolean endOfDay) {
        String text = value.strip();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            // an offset or a day follows
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            // a day follows
        }
        try {
            LocalDate day = LocalDate.parse(text);
            return endOfDay
                    ? day.plusDays(1).atStartOfDay(DENMARK).toInstant().minus(1, ChronoUnit.MICROS)
                    : day.atStartOfDay(DENMARK).toInstant();
        } catch (DateTimeParseException unreadable) {
            throw ApiProblem.badRequest(field, field + " kan ikke læses: angiv et tidspunkt (fx 2026-03-01T08:00:00Z) "
                    + "eller en dato (åååå-mm-dd)").with("value", value);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
