package dk.samspil.nationalassociation.forum.query;

import dk.samspil.contracts.national.ForumKind;
import dk.samspil.nationalassociation.forum.command.ForumStatus;

import java.time.LocalDate;

/** One forum in the list of all. */
public record ForumSummary(String forumId, ForumKind kind, String kindLabel, String name, ForumStatus status,
                           String statusLabel, int activeMembers, int meetingsThisMembershipYear,
                           LocalDate yearlyStatusDueOn, boolean yearlyStatusOverdue) {

    static ForumSummary of(ForumView forum) {
        return new ForumSummary(forum.forumId(), forum.kind(), forum.kindLabel(), forum.name(), forum.status(),
                forum.statusLabel(), forum.activeMembers(), forum.meetingsThisMembershipYear(),
                forum.yearlyStatusDueOn(), forum.yearlyStatusOverdue());
    }
}
