package dk.samspil.nationalassociation.forum.query;

import dk.samspil.contracts.national.ForumKind;
import dk.samspil.nationalassociation.forum.command.ForumStatus;
import dk.samspil.nationalassociation.forum.command.MembershipYear;

import java.time.LocalDate;
import java.util.List;

/**
 * A forum with its people, meetings, statuses and products. {@code membershipYear} is the one today lies in (the day of
 * closing for a closed forum); {@code yearlyStatusOverdue} is true while an active forum's status is past due today.
 */
public record ForumView(String forumId, ForumKind kind, String kindLabel, String name, String mandate,
                        ForumStatus status, String statusLabel, LocalDate establishedOn, LocalDate closedOn,
                        LocalDate yearlyStatusDueOn, boolean yearlyStatusOverdue, MembershipYear membershipYear,
                        int meetingsThisMembershipYear, int activeMembers, List<Member> members,
                        List<Coordinator> coordinators, List<Meeting> meetings, List<YearlyStatus> yearlyStatuses,
                        List<Product> products) {

    /** {@code committedUntil} only for an experience network, {@code leftOn} once the member has left. */
    public record Member(String memberId, String municipalityCode, String municipalityName, String districtCode,
                         String role, LocalDate committedFrom, LocalDate committedUntil, LocalDate leftOn) {
    }

    /** {@code contactName} is staff personal data, shown here and never published. */
    public record Coordinator(String coordinatorId, String role, String municipalityCode, String municipalityName,
                              long honorarium, String contactName, LocalDate appointedOn) {
    }

    public record Meeting(String meetingId, LocalDate heldOn, String subject, List<String> attendingMunicipalityCodes) {
    }

    public record YearlyStatus(int year, String text, LocalDate reportedOn) {
    }

    public record Product(String productId, String title, String description, LocalDate publishedOn) {
    }
}
