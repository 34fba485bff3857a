package dk.samspil.platform.personaldata;

import java.util.UUID;

/**
 * Seals staff personal data with the key of the person it belongs to, and opens it again while that key exists. What
 * aggregates and read models depend on; {@link PersonalDataVault} is the implementation every service runs with.
 */
public interface Sealer {

    /** What a sealed value of an erased person reads as. */
    String ERASED = "[slettet]";

    /** The person with this identifying value (an e-mail, a name) in this organisation; found, or created. */
    UUID subjectFor(String organisationCode, String identifyingValue);

    /** The value sealed with the person's key; null stays null. */
    String seal(UUID subject, String plaintext);

    /** The plaintext of a sealed value, {@link #ERASED} once the person's key is gone; an unsealed value as it is. */
    String open(String sealed);
}
