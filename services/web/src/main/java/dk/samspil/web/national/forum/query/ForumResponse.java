package dk.samspil.web.national.forum.query;

import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.ReferenceData;

import java.time.LocalDate;
import java.util.List;

/**
 * A forum with its people, meetings, yearly statuses and products as {@code GET /api/national/forums/{id}} answers it.
 * {@code membershipYear} is the one today lies in (the day of closing for a closed forum). A coordinator's
 * {@code contactName} is staff personal data: null when none was given, "[slettet]" once erased.
 */
public record ForumResponse(String forumId, String kind, String kindLabel, String name, String mandate,
                            String status, String statusLabel, LocalDate establishedOn, LocalDate closedOn,
                            LocalDate yearlyStatusDueOn, boolean yearlyStatusOverdue, MembershipYear membershipYear,
                            int meetingsThisMembershipYear, int activeMembers, List<Member> members,
                            List<Coordinator> coordinators, List<Meeting> meetings, List<YearlyStatus> yearlyStatuses,
                            List<Product> products) {

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    public record MembershipYear(LocalDate start, LocalDate end) {
    }

    /** {@code committedUntil} only for an experience network, {@code leftOn} once the member has left. */
    public record Member(String memberId, String municipalityCode, String municipalityName, String districtCode,
                         String role, LocalDate committedFrom, LocalDate committedUntil, LocalDate leftOn) {
    }

    public record Coordinator(String coordinatorId, String role, String municipalityCode, String municipalityName,
                              long honorarium, String contactName, LocalDate appointedOn) {
    }

    public record Meeting(String meetingId, LocalDate heldOn, String subject, List<String> attendingMunicipalityCodes) {

        /** The attending municipalities' names (the code where the reference data has none). */
        public List<String> attendingMunicipalities() {
            return attendingMunicipalityCodes.stream().map(code -> ReferenceData.instance().findMunicipality(code)
                    .map(Municipality::name).orElse(code)).toList();
        }
    }

    public record YearlyStatus(int year, String text, LocalDate reportedOn) {
    }

    public record Product(String productId, String title, String description, LocalDate publishedOn) {
    }
}
