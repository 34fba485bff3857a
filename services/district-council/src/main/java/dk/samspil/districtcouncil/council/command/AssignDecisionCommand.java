package dk.samspil.districtcouncil.council.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Assigns an earlier decision to more local councils. */
public record AssignDecisionCommand(@TargetAggregateIdentifier String districtCode, String decisionId,
                                    List<String> localCouncilIds) {
}
