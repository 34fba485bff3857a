package dk.samspil.web.national.gathering.query;

import java.time.LocalDate;
import java.util.List;

/**
 * A course, theme day, webinar or annual meeting as {@code GET /api/national/gatherings[/{id}]} answers it.
 * {@code districtCode} is null for a national one; {@code status} is PLANNED, HELD or CANCELLED.
 */
public record GatheringResponse(String gatheringId, String kind, String kindLabel, String districtCode,
                                String districtName, String subject, LocalDate date, String organiser, String status,
                                String statusLabel, LocalDate heldOn, List<Participants> participants,
                                int totalParticipants, String cancellationReason) {

    public boolean isPlanned() {
        return "PLANNED".equals(status);
    }

    public record Participants(String municipalityCode, String municipalityName, int participants) {
    }
}
