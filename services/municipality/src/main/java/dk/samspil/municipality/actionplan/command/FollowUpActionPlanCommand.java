package dk.samspil.municipality.actionplan.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The annual follow-up; {@code followedUpOn} null means today. */
public record FollowUpActionPlanCommand(@TargetAggregateIdentifier String actionPlanId, String municipalityCode,
                                        String summary, LocalDate followedUpOn) {
}
