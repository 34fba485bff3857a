package dk.samspil.municipality.initiative.command;

/** The staff member who runs an initiative (tovholder): personal data, never published. */
public record Coordinator(String name, String email, String phone, String leaderGroupContact) {

    static final Coordinator NONE = new Coordinator(null, null, null, null);
}
