package dk.samspil.nationalassociation.gathering.query;

import dk.samspil.contracts.national.GatheringKind;
import dk.samspil.nationalassociation.gathering.command.GatheringStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * A gathering as the association sees it. {@code districtCode} is null for a national gathering, whose district name
 * is "Hele landet"; {@code heldOn}, the participants and their total are set once it is held, {@code cancellationReason}
 * once it is cancelled.
 */
public record GatheringView(String gatheringId, GatheringKind kind, String kindLabel, String districtCode,
                            String districtName, String subject, LocalDate date, String organiser,
                            GatheringStatus status, String statusLabel, LocalDate heldOn,
                            List<Participants> participants, int totalParticipants, String cancellationReason) {

    public record Participants(String municipalityCode, String municipalityName, String districtCode,
                               int participants) {
    }
}
