package dk.samspil.nationalassociation.forum.web;

/** What the forum's steps answer: the id of what they created. */
final class ForumResponses {

    private ForumResponses() {
    }

    record ForumEstablished(String forumId) {
    }

    record CoordinatorAppointed(String coordinatorId) {
    }

    record MemberJoined(String memberId) {
    }

    record MeetingRecorded(String meetingId) {
    }

    record ProductPublished(String productId) {
    }
}
