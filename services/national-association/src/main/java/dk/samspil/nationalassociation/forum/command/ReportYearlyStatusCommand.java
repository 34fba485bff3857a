package dk.samspil.nationalassociation.forum.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The forum's status for a calendar year; one per year. */
public record ReportYearlyStatusCommand(@TargetAggregateIdentifier String forumId, int year, String text) {
}
