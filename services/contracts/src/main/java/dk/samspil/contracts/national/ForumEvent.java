package dk.samspil.contracts.national;

/** Every published forum event names its forum (the aggregate id). Names of people are never published. */
public interface ForumEvent {

    String forumId();
}
