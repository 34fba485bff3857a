package dk.samspil.districtcouncil.council.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** A new draft of the cooperation plan (samarbejdsplan); the handler answers its version number. */
public record DraftCooperationPlanCommand(@TargetAggregateIdentifier String districtCode, String title,
                                          LocalDate periodStart, LocalDate periodEnd, String text) {
}
