package dk.samspil.platform.audit;

import java.time.Instant;

/**
 * One thing that happened to a subject in one service: {@code action} "read" (with the {@code purpose}; {@code what}
 * is the kind of data and the request) or "change" ({@code what} is the event, e.g. {@code InitiativeRegisteredEvent}).
 */
public record AuditEntry(Instant at, String service, String action, String what, String actorId,
                         String actorOrganisation, String purpose, String correlationId) {

    public static final String READ = "read";
    public static final String CHANGE = "change";
}
