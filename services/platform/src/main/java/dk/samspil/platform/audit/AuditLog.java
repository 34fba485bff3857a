package dk.samspil.platform.audit;

import dk.samspil.platform.provenance.ProvenanceMetadata;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A subject's history in this service: the reads in {@code audit_read} and the changes in the service's own event
 * store (the aggregate with the subject's id), each naming who and in which request.
 */
public class AuditLog {

    public static final int MAX_ENTRIES = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final String service;
    private final boolean hasEventStore;

    public AuditLog(JdbcTemplate jdbc, String service, boolean hasEventStore) {
        this.jdbc = jdbc;
        this.service = service;
        this.hasEventStore = hasEventStore;
    }

    /** From and to inclusive; the first {@value #MAX_ENTRIES} entries by time. */
    public AuditHistory history(String subject, Instant from, Instant to) {
        List<AuditEntry> entries = new ArrayList<>(reads(subject, from, to));
        if (hasEventStore) {
            entries.addAll(changes(subject, from, to));
        }
        entries.sort(Comparator.comparing(AuditEntry::at));
        boolean truncated = entries.size() > MAX_ENTRIES;
        return new AuditHistory(subject, from, to, truncated ? List.copyOf(entries.subList(0, MAX_ENTRIES)) : entries, truncated);
    }

    /** One more than the answer holds, so the merge knows whether there was more. */
    private List<AuditEntry> reads(String subject, Instant from, Instant to) {
        return jdbc.query("""
                        select at, service, subject_type, request, actor_id, actor_organisation, purpose, correlation_id
                        from audit_read where subject_id = ? and at >= ? and at <= ? order by at, id limit ?""",
                (row, index) -> new AuditEntry(row.getObject("at", OffsetDateTime.class).toInstant(),
                        row.getString("service"), AuditEntry.READ, what(row), row.getString("actor_id"),
                        row.getString("actor_organisation"), row.getString("purpose"), row.getString("correlation_id")),
                subject, utc(from), utc(to), MAX_ENTRIES + 1);
    }

    private List<AuditEntry> changes(String subject, Instant from, Instant to) {
        return jdbc.query("""
                        select timestamp, payloadtype, metadata from domainevententry
                        where aggregateidentifier = ? and timestamp::timestamptz >= ? and timestamp::timestamptz <= ?
                        order by sequencenumber limit ?""",
                (row, index) -> {
                    JsonNode metadata = metadata(row.getBytes("metadata"));
                    return new AuditEntry(Instant.parse(row.getString("timestamp")), service, AuditEntry.CHANGE,
                            simpleName(row.getString("payloadtype")), text(metadata, ProvenanceMetadata.ACTOR_ID),
                            text(metadata, ProvenanceMetadata.ACTOR_ORGANISATION), null,
                            text(metadata, ProvenanceMetadata.CORRELATION_ID));
                },
                subject, utc(from), utc(to), MAX_ENTRIES + 1);
    }

    private static String what(ResultSet row) throws SQLException {
        String request = row.getString("request");
        return row.getString("subject_type") + (request == null ? "" : ": " + request);
    }

    private static String simpleName(String payloadType) {
        return payloadType.substring(Math.max(payloadType.lastIndexOf('.'), payloadType.lastIndexOf('$')) + 1);
    }

    private static JsonNode metadata(byte[] metadata) {
        if (metadata == null) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(metadata);
        } catch (JacksonException unreadable) {
            return JSON.createObjectNode();
        }
    }

    private static String text(JsonNode metadata, String field) {
        JsonNode value = metadata.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
