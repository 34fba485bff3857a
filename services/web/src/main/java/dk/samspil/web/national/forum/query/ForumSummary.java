package dk.samspil.web.national.forum.query;

import java.time.LocalDate;

/**
 * One forum in the list {@code GET /api/national/forums} answers: {@code kind} PROFESSIONAL_FORUM or
 * EXPERIENCE_NETWORK, {@code status} ACTIVE or CLOSED; {@code yearlyStatusOverdue} while an active forum's yearly
 * status is past due.
 */
public record ForumSummary(String forumId, String kind, String kindLabel, String name, String status,
                           String statusLabel, int activeMembers, int meetingsThisMembershipYear,
                           LocalDate yearlyStatusDueOn, boolean yearlyStatusOverdue) {
}
