package dk.samspil.platform.activity.timeline;

import dk.samspil.contracts.national.GatheringKind;

/**
 * The names of the timeline's counters beyond the initiative figures (whose names are those of the activity read
 * model's {@code InitiativeFigures}). Counters that only grow (raised, escalated, held, participants) are read as
 * "so far" at a moment and as "in the period" between two moments.
 */
final class Metrics {

    static final String POOLS = "pools.";
    static final String ACTION_PLANS = "actionPlans.";
    static final String ADOPTED = ".adopted.";
    static final String FOLLOW_UP_DUE = ".followUpDue.";
    static final String PRESENTED = ".presented";
    static final String CONCERNS_RAISED = "concerns.raised";
    static final String CONCERNS_OPEN = "concerns.open";
    static final String CONCERNS_ESCALATED = "concerns.escalated";
    static final String CONCERNS_ESCALATED_TO = "concerns.escalatedTo";
    static final String PILOTS_INVITED = "pilots.invited";
    static final String PILOTS_JOINED = "pilots.joined";
    static final String PILOT_PROJECTS = "pilotProjects.";
    static final String GATHERINGS_HELD = "gatherings.held.";
    static final String GATHERING_PARTICIPANTS = "gatherings.participants";

    private Metrics() {
    }

    static String pool(int year, String part) {
        return POOLS + year + "." + part;
    }

    static String gatheringsHeld(GatheringKind kind) {
        return GATHERINGS_HELD + kind.name();
    }
}
