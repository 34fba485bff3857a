package dk.samspil.platform.personaldata;

import java.util.Base64;
import java.util.UUID;

/** {@code pd1:<subject>:<base64(iv ‖ ciphertext)>}: a value sealed with the key of one person. */
record SealedValue(UUID subject, byte[] ivAndCiphertext) {

    static final String PREFIX = "pd1:";

    static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    static SealedValue parse(String value) {
        int separator = value.indexOf(':', PREFIX.length());
        if (separator < 0) {
            throw new IllegalArgumentException("Not a sealed value: no subject");
        }
        return new SealedValue(UUID.fromString(value.substring(PREFIX.length(), separator)),
                Base64.getDecoder().decode(value.substring(separator + 1)));
    }

    String text() {
        return PREFIX + subject + ":" + Base64.getEncoder().encodeToString(ivAndCiphertext);
    }
}
