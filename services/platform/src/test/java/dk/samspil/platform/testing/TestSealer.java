package dk.samspil.platform.testing;

import dk.samspil.platform.personaldata.Sealer;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A deterministic {@link Sealer} for aggregate and projection tests: the same person gets the same subject and the
 * same value the same sealed text, so expected events can be written down. Not a cipher: the value is only encoded.
 */
public final class TestSealer implements Sealer {

    private final Set<UUID> erased = ConcurrentHashMap.newKeySet();

    @Override
    public UUID subjectFor(String organisationCode, String identifyingValue) {
        return UUID.nameUUIDFromBytes((organisationCode.strip() + "\n" + identifyingValue.strip().toLowerCase(Locale.ROOT))
                .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String seal(UUID subject, String plaintext) {
        return plaintext == null ? null
                : "pd1:" + subject + ":" + Base64.getEncoder().encodeToString(plaintext.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String open(String sealed) {
        if (sealed == null || !sealed.startsWith("pd1:")) {
            return sealed;
        }
        String[] parts = sealed.split(":", 3);
        return erased.contains(UUID.fromString(parts[1])) ? ERASED
                : new String(Base64.getDecoder().decode(parts[2]), StandardCharsets.UTF_8);
    }

    /** The value as the person's sealing of it reads in events and read models. */
    public String sealed(String organisationCode, String identifyingValue, String plaintext) {
        return seal(subjectFor(organisationCode, identifyingValue), plaintext);
    }

    public void erase(String organisationCode, String identifyingValue) {
        erased.add(subjectFor(organisationCode, identifyingValue));
    }
}
