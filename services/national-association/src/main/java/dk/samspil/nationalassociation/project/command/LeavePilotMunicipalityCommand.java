package dk.samspil.nationalassociation.project.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record LeavePilotMunicipalityCommand(@TargetAggregateIdentifier String projectId, String municipalityCode) {
}
