package dk.samspil.local.demo;

import java.util.List;
import java.util.Random;

/** How far a demo initiative gets in its life; weighted so that most are running, and every state is present. */
enum Journey {
    DRAFT(2), SUBMITTED(2), APPROVED(2), REJECTED(1), BUDGET_APPROVED(2), APPROVED_WITHOUT_FUNDING(1),
    ACTIVE(6), ACTIVE_WITH_OVERDUE_STATUS_REPORT(2), PAUSED(2), COMPLETED(3), WITHDRAWN(1);

    private final int weight;

    Journey(int weight) {
        this.weight = weight;
    }

    static Journey pick(Random random) {
        int total = List.of(values()).stream().mapToInt(journey -> journey.weight).sum();
        int ticket = random.nextInt(total);
        for (Journey journey : values()) {
            ticket -= journey.weight;
            if (ticket < 0) {
                return journey;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    boolean isSubmitted() {
        return this != DRAFT;
    }

    boolean isApprovedByLeaderGroup() {
        return isSubmitted() && this != SUBMITTED && this != REJECTED;
    }

    boolean isFunded() {
        return isApprovedByLeaderGroup() && this != APPROVED && this != APPROVED_WITHOUT_FUNDING;
    }

    boolean isActivated() {
        return isFunded() && this != BUDGET_APPROVED && this != WITHDRAWN;
    }
}
