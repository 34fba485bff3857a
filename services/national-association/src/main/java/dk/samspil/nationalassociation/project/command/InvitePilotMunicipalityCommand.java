package dk.samspil.nationalassociation.project.command;

import dk.samspil.contracts.national.PilotMunicipalityRole;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record InvitePilotMunicipalityCommand(@TargetAggregateIdentifier String projectId, String municipalityCode,
                                             PilotMunicipalityRole role) {
}
