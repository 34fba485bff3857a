package dk.samspil.nationalassociation.gathering.command;

import dk.samspil.contracts.national.GatheringKind;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** {@code participants}: one entry per municipality, by kommunekode. */
@Revision("1")
public record GatheringHeldEvent(String gatheringId, GatheringKind kind, String districtCode, String subject,
                                 LocalDate heldOn, List<MunicipalityParticipants> participants,
                                 int totalParticipants) {
}
