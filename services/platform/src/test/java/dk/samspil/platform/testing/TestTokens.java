package dk.samspil.platform.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.samspil.platform.security.Caller;
import dk.samspil.platform.security.Role;
import dk.samspil.platform.security.TokenValidation;
import org.springframework.boot.restclient.RestTemplateCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

/**
 * Tokens as the identity provider issues them, signed by a key made for this test run; {@link Support} makes a
 * service trust that key with the production validation (issuer, audience, expiry).
 */
public final class TestTokens {

    public static final String ISSUER = "http://localhost:9000";
    public static final String AUDIENCE = "samspil";
    private static final RSAKey KEY = newKey();

    private TestTokens() {
    }

    /** {@code Bearer …} for the caller, valid for 15 minutes. */
    public static String bearer(Caller caller) {
        return "Bearer " + token(caller, claims -> {
        });
    }

    /** A token for the caller whose claims the test may still change (another issuer, audience, expiry). */
    public static String token(Caller caller, Consumer<JWTClaimsSet.Builder> changes) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(caller.subject())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .claim(Caller.ORGANISATION_TYPE_CLAIM, caller.organisationType().name())
                .claim(Caller.ROLES_CLAIM, caller.roles().stream().map(Role::name).sorted().toList());
        if (caller.organisationCode() != null) {
            claims.claim(Caller.ORGANISATION_CODE_CLAIM, caller.organisationCode());
        }
        changes.accept(claims);
        return sign(claims.build(), KEY);
    }

    /** Signed by a key no service trusts. */
    public static String foreignToken(Caller caller) {
        return sign(new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject(caller.subject())
                .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .claim(Caller.ROLES_CLAIM, List.copyOf(caller.roles().stream().map(Role::name).toList())).build(), newKey());
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("samspil-test").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The service trusts the test key; a {@code TestRestTemplate} sends, unless the test set one, the token of the
     * staff of the organisation a path names ({@link TestCallers#defaultFor}).
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Support {

        @Bean
        JwtDecoder testTokenDecoder() throws JOSEException {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
            decoder.setJwtValidator(TokenValidation.validator(ISSUER, AUDIENCE));
            return decoder;
        }

        @Bean
        RestTemplateCustomizer testTokensByPath() {
            return restTemplate -> restTemplate.getInterceptors().add((request, body, execution) -> {
                if (!request.getHeaders().containsHeader("Authorization")) {
                    TestCallers.defaultFor(request.getURI().getPath())
                            .ifPresent(caller -> request.getHeaders().set("Authorization", bearer(caller)));
                }
                return execution.execute(request, body);
            });
        }
    }
}
