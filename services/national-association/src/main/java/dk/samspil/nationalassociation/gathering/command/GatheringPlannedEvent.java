package dk.samspil.nationalassociation.gathering.command;

import dk.samspil.contracts.national.GatheringKind;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record GatheringPlannedEvent(String gatheringId, GatheringKind kind, String districtCode, String subject,
                                    LocalDate date, String organiser) {
}
