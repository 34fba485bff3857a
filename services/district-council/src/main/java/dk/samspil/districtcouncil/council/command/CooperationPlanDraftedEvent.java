package dk.samspil.districtcouncil.council.command;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record CooperationPlanDraftedEvent(String districtCode, int version, String title, LocalDate periodStart,
                                          LocalDate periodEnd, String text) {
}
