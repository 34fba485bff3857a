package dk.samspil.municipality.initiative.command;

import dk.samspil.platform.personaldata.Sealer;

import java.util.UUID;
import java.util.stream.Stream;

/**
 * The staff member who runs an initiative (tovholder): personal data, never published. Commands carry it in plain
 * text; events and the read model carry it sealed with the person's key, so erasing the key erases it everywhere.
 */
public record Coordinator(String name, String email, String phone, String leaderGroupContact) {

    static final Coordinator NONE = new Coordinator(null, null, null, null);

    /**
     * Every field sealed for the person, who is known in the municipality by their e-mail (or their name, phone or
     * leader-group contact, whichever comes first, when a draft has no e-mail yet). A blank field is left out.
     */
    public Coordinator sealedFor(String municipalityCode, Sealer sealer) {
        String identity = Stream.of(email, name, phone, leaderGroupContact).filter(Coordinator::present).findFirst().orElse(null);
        if (identity == null) {
            return NONE;
        }
        UUID subject = sealer.subjectFor(municipalityCode, identity);
        return new Coordinator(sealed(sealer, subject, name), sealed(sealer, subject, email),
                sealed(sealer, subject, phone), sealed(sealer, subject, leaderGroupContact));
    }

    /** The fields as they read now: plain text, or "[slettet]" once the person is erased. */
    public Coordinator openedWith(Sealer sealer) {
        return new Coordinator(sealer.open(name), sealer.open(email), sealer.open(phone), sealer.open(leaderGroupContact));
    }

    private static String sealed(Sealer sealer, UUID subject, String value) {
        return present(value) ? sealer.seal(subject, value.strip()) : null;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
