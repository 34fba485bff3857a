package dk.samspil.identity;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * The RS256 key that signs every token. The key id is the key's JWK thumbprint, so the same key keeps its id across
 * restarts and a new key can never be mistaken for the old one by a service that cached the JWKS.
 */
final class SigningKeys {

    private static final int KEY_SIZE = 2048;

    private SigningKeys() {
    }

    static RSAKey from(IdentityProperties.KeyStoreLocation keyStore) {
        return keyStore.configured() ? load(keyStore) : generate();
    }

    /** A key that lives as long as the process: every token issued before a restart becomes unverifiable. */
    static RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE);
            KeyPair keyPair = generator.generateKeyPair();
            return signingKey(new RSAKey.Builder((RSAPublicKey) keyPair.getPublic())
                    .privateKey((RSAPrivateKey) keyPair.getPrivate()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not generate an RSA signing key", e);
        }
    }

    static RSAKey load(IdentityProperties.KeyStoreLocation keyStore) {
        if (keyStore.alias() == null || keyStore.alias().isBlank()) {
            throw new IllegalArgumentException("samspil.identity.key-store.alias is required with a key store");
        }
        char[] password = keyStore.password() == null ? new char[0] : keyStore.password().toCharArray();
        try (InputStream in = keyStore.location().getInputStream()) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            RSAKey key = RSAKey.load(store, keyStore.alias(), password);
            if (key == null || !key.isPrivate()) {
                throw new IllegalArgumentException("%s holds no RSA private key under alias '%s'"
                        .formatted(keyStore.location(), keyStore.alias()));
            }
            return signingKey(new RSAKey.Builder(key));
        } catch (IOException | GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("Could not read the signing key from " + keyStore.location(), e);
        }
    }

    private static RSAKey signingKey(RSAKey.Builder builder) {
        try {
            return builder.keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).keyIDFromThumbprint().build();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not compute the key's thumbprint", e);
        }
    }
}
