package dk.samspil.nationalassociation.project.command;

/** A status a step can be refused in: its name for clients' code and its Danish label for people. */
public interface StatusWithLabel {

    String name();

    String label();
}
