package dk.samspil.nationalassociation.gathering.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Map;

/** {@code participants}: how many took part, by kommunekode as the client wrote it (3 or 4 digits). */
public record RecordGatheringHeldCommand(@TargetAggregateIdentifier String gatheringId, LocalDate heldOn,
                                         Map<String, Integer> participants) {
}
