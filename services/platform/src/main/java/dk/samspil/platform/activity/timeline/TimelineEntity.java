package dk.samspil.platform.activity.timeline;

import java.util.Map;

/**
 * One aggregate as the timeline follows it: the state it keeps after each event, and what a state adds to the
 * counters. An event changes the counters by the difference between the contributions after and before it, so every
 * counter at any moment is the sum of the changes before that moment.
 *
 * @param <S> the state, stored as JSON between events
 */
interface TimelineEntity<S> {

    /** The aggregate id (the Kafka key), or a finer id when one aggregate holds several followed things. */
    String id();

    Class<S> stateType();

    /** The state after the event; {@code before} is null when nothing was seen yet. */
    S after(S before);

    /** What the state adds to the counters; nothing for a null state. */
    Map<CounterKey, Long> contribution(S state);
}
