package dk.samspil.districtcouncil.council.web;

import java.time.LocalDate;
import java.util.List;

/** What the council's steps answer. */
final class Responses {

    private Responses() {
    }

    record DraftSaved(int version) {
    }

    record PlanPublished(int version, LocalDate publishedOn) {
    }

    record MeetingScheduled(String meetingId) {
    }

    record DecisionMade(String decisionId) {
    }

    record DecisionAssigned(String decisionId, List<String> assignedLocalCouncilIds) {
    }
}
