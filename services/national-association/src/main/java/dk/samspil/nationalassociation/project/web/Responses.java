package dk.samspil.nationalassociation.project.web;

/** What the project's creating steps answer. */
final class Responses {

    private Responses() {
    }

    record ProjectProposed(String projectId) {
    }

    record GrantApplied(String grantId) {
    }

    record PilotMunicipalityInvited(String municipalityCode) {
    }

    record MilestoneSet(String milestoneId) {
    }
}
