package dk.samspil.platform.audit;

import dk.samspil.platform.provenance.RequestProvenanceFilter;
import dk.samspil.platform.security.Caller;
import dk.samspil.platform.web.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/**
 * Appends each read of restricted data (coordinator contact data, concern details, the audit log) to the service's
 * {@code audit_read} table before the data goes out: who read it (the token's subject and organisation), when, in which
 * request, and for what purpose — the caller's {@value #PURPOSE_HEADER} header, else the purpose the endpoint states.
 * A read that cannot be recorded fails with 503: there is no unaudited read.
 */
public class AuditTrail {

    public static final String PURPOSE_HEADER = "Samspil-Purpose";
    static final int MAX_PURPOSE_LENGTH = 200;
    private static final int MAX_REQUEST_LENGTH = 2000;
    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final JdbcTemplate jdbc;
    private final String service;
    private final Clock clock;

    /** {@code clock}: wall-clock time, as the event store's, so reads and changes of a subject merge in order. */
    public AuditTrail(JdbcTemplate jdbc, String service, Clock clock) {
        this.jdbc = jdbc;
        this.service = service;
        this.clock = clock;
    }

    /** One subject read, e.g. {@code ("initiative", id, "Visning af initiativ med tovholderens kontaktdata")}. */
    public void recordRead(String subjectType, String subjectId, String defaultPurpose) {
        recordReads(subjectType, List.of(subjectId), defaultPurpose);
    }

    /** A list read: one row per subject, all written by one statement, so all of them or none. */
    public void recordReads(String subjectType, Collection<String> subjectIds, String defaultPurpose) {
        if (subjectIds.isEmpty()) {
            return;
        }
        Caller caller = Caller.current()
                .orElseThrow(() -> new IllegalStateException("A read of restricted data without a caller"));
        HttpServletRequest request = currentRequest();
        String purpose = purpose(request == null ? null : request.getHeader(PURPOSE_HEADER), defaultPurpose);
        Object correlationId = request == null ? null : request.getAttribute(RequestProvenanceFilter.CORRELATION_ID);
        String requestLine = request == null ? null : cut(request.getMethod() + " " + request.getRequestURI(), MAX_REQUEST_LENGTH);
        try {
            jdbc.update(connection -> {
                PreparedStatement insert = connection.prepareStatement("""
                        insert into audit_read (at, service, subject_type, subject_id, actor_id, actor_organisation,
                                                purpose, correlation_id, request)
                        select ?, ?, ?, subject_id, ?, ?, ?, ?, ? from unnest(?::varchar[]) as subject_id""");
                insert.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                insert.setString(2, service);
                insert.setString(3, subjectType);
                insert.setString(4, caller.subject());
                insert.setString(5, caller.organisation());
                insert.setString(6, purpose);
                insert.setString(7, correlationId == null ? null : correlationId.toString());
                insert.setString(8, requestLine);
                insert.setArray(9, connection.createArrayOf("varchar", subjectIds.toArray()));
                return insert;
            });
        } catch (DataAccessException e) {
            log.error("Cannot record a read of {} {} by {}: the read is refused", subjectType, subjectIds, caller.subject(), e);
            ApiProblem refused = new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "Visningen kan ikke registreres",
                    "Oplysningerne vises kun, når visningen er skrevet i revisionsloggen, og det kan ikke lade sig gøre lige nu. Prøv igen senere.");
            refused.initCause(e);
            throw refused;
        }
    }

    /**
     * The caller's purpose as sent, without control or invisible formatting characters, trimmed and at most
     * {@value #MAX_PURPOSE_LENGTH} characters; the endpoint's own purpose when nothing readable is left.
     */
    static String purpose(String header, String defaultPurpose) {
        if (header == null) {
            return defaultPurpose;
        }
        StringBuilder visible = new StringBuilder();
        asSent(header).codePoints()
                .filter(c -> Character.getType(c) != Character.CONTROL && Character.getType(c) != Character.FORMAT)
                .forEach(visible::appendCodePoint);
        String purpose = cut(visible.toString().strip(), MAX_PURPOSE_LENGTH).strip();
        return purpose.isEmpty() ? defaultPurpose : purpose;
    }

    /**
     * Servlet containers read header bytes as ISO-8859-1; a client that sent the Danish text as UTF-8 (curl, browsers)
     * gets it back as it wrote it. Bytes that are no valid UTF-8 were ISO-8859-1 to begin with.
     */
    private static String asSent(String header) {
        if (header.chars().anyMatch(c -> c > 0xFF)) {
            return header;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(header.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException latin1) {
            return header;
        }
    }

    /** At most {@code max} characters (code points, as PostgreSQL counts them). */
    private static String cut(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max));
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
