package dk.samspil.contracts.municipality;

/** Every published concern event names the concern, the municipality that raised it and its status after the event. */
public interface ConcernEvent {

    String concernId();

    /** The municipality that raised the concern (not necessarily the one that took this step). */
    String municipalityCode();

    ConcernStatus status();
}
