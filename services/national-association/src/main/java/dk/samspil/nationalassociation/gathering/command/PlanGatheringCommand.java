package dk.samspil.nationalassociation.gathering.command;

import dk.samspil.contracts.national.GatheringKind;

import java.time.LocalDate;

/** {@code districtCode} null: a national gathering. The organiser is an organisation, never a person. */
public record PlanGatheringCommand(String gatheringId, GatheringKind kind, String districtCode, String subject,
                                   LocalDate date, String organiser) {
}
