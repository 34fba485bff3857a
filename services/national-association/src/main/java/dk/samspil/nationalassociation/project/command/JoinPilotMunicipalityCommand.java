package dk.samspil.nationalassociation.project.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record JoinPilotMunicipalityCommand(@TargetAggregateIdentifier String projectId, String municipalityCode) {
}
