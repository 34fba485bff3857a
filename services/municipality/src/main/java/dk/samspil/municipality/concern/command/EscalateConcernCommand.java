package dk.samspil.municipality.concern.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** {@code municipalityCode}: the municipality escalating, one in the concern's area. */
public record EscalateConcernCommand(@TargetAggregateIdentifier String concernId, String municipalityCode,
                                     List<String> districtCodes, String reason) {
}
