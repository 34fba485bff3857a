package dk.samspil.nationalassociation.gathering.command;

import dk.samspil.contracts.national.GatheringKind;
import org.axonframework.serialization.Revision;

@Revision("1")
public record GatheringCancelledEvent(String gatheringId, GatheringKind kind, String districtCode, String reason) {
}
