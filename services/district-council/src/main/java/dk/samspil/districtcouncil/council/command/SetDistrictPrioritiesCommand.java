package dk.samspil.districtcouncil.council.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Replaces the council's strategic priorities with these, for the period. */
public record SetDistrictPrioritiesCommand(@TargetAggregateIdentifier String districtCode, LocalDate periodStart,
                                           LocalDate periodEnd, List<DistrictPriority> priorities) {
}
