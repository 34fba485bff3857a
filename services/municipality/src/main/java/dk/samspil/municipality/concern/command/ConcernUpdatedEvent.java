package dk.samspil.municipality.concern.command;

import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.municipality.ConcernStatus;
import org.axonframework.serialization.Revision;

/** {@code municipalityCode} raised the concern, {@code updatedBy} wrote the note; {@code severity} is the one after. */
@Revision("1")
public record ConcernUpdatedEvent(String concernId, String municipalityCode, String updatedBy, String note,
                                  ConcernSeverity severity, ConcernStatus status) {
}
