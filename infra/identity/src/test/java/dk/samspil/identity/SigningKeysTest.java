package dk.samspil.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

class SigningKeysTest {

    @TempDir
    static Path folder;

    @Test
    void aGeneratedKeyIsAnRs256SigningKeyNamedByItsThumbprint() throws Exception {
        RSAKey key = SigningKeys.generate();

        assertThat(key.isPrivate()).isTrue();
        assertThat(key.size()).isEqualTo(2048);
        assertThat(key.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
        assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(key.getKeyID()).isEqualTo(key.computeThumbprint().toString());
        assertThat(SigningKeys.generate().getKeyID()).isNotEqualTo(key.getKeyID());
    }

    @Test
    void aKeyFromAKeyStoreKeepsItsIdAcrossLoads() throws Exception {
        Path store = TestKeyStores.create(folder, "same-key.p12", "samspil-identity", "changeit");
        IdentityProperties.KeyStoreLocation location =
                new IdentityProperties.KeyStoreLocation(new FileSystemResource(store), "changeit", "samspil-identity");

        RSAKey first = SigningKeys.from(location);
        RSAKey second = SigningKeys.from(location);

        assertThat(first.isPrivate()).isTrue();
        assertThat(first.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(second.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(second.toRSAPublicKey().getModulus()).isEqualTo(first.toRSAPublicKey().getModulus());
    }

    @Test
    void aMissingAliasIsReportedByName() {
        Path store = TestKeyStores.create(folder, "other-alias.p12", "samspil-identity", "changeit");

        assertThatThrownBy(() -> SigningKeys.load(
                new IdentityProperties.KeyStoreLocation(new FileSystemResource(store), "changeit", "elsewhere")))
                .hasMessageContaining("'elsewhere'");
    }

    @Test
    void aWrongPasswordIsReportedWithTheStore() {
        Path store = TestKeyStores.create(folder, "password.p12", "samspil-identity", "changeit");

        assertThatThrownBy(() -> SigningKeys.load(
                new IdentityProperties.KeyStoreLocation(new FileSystemResource(store), "wrong", "samspil-identity")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("password.p12");
    }
}
