package dk.samspil.municipality.concern.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code municipalityCode}: the municipality resolving, one in the concern's area. */
public record ResolveConcernCommand(@TargetAggregateIdentifier String concernId, String municipalityCode,
                                    String resolution) {
}
