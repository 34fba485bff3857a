package dk.samspil.municipality.concern.command;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ConcernResolvedEvent(String concernId, String municipalityCode, String resolution) {
}
