package dk.samspil.nationalassociation.gathering.web;

/** What the gathering's creating step answers. */
final class GatheringResponses {

    private GatheringResponses() {
    }

    record GatheringPlanned(String gatheringId) {
    }
}
