package dk.samspil.gateway;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * What the web's Spring Security (servlet) puts into its forms and pages for the CSRF token of its cookie: the
 * algorithm of {@code org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler}, copied because the
 * gateway has no servlet API to run that class with. Random bytes, then the token XOR those bytes, Base64 URL-safe.
 */
final class ServletCsrfToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ServletCsrfToken() {
    }

    static String masked(String token) {
        byte[] tokenBytes = token.getBytes(StandardCharsets.UTF_8);
        byte[] random = new byte[tokenBytes.length];
        RANDOM.nextBytes(random);
        byte[] combined = new byte[tokenBytes.length * 2];
        System.arraycopy(random, 0, combined, 0, random.length);
        for (int i = 0; i < tokenBytes.length; i++) {
            combined[random.length + i] = (byte) (random[i] ^ tokenBytes[i]);
        }
        return Base64.getUrlEncoder().encodeToString(combined);
    }
}
