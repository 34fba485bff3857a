package dk.samspil.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * The identity provider as the gateway sees it: a JWK set on a real HTTP server on a random port, and RS256 access
 * tokens signed with its key and shaped like infra/identity's (iss, aud, sub, org_type, org_code, roles).
 */
final class TestIdentityProvider implements AutoCloseable {

    /** What application.yml expects. */
    static final String ISSUER = "http://localhost:9000";
    static final String AUDIENCE = "samspil";

    private final RSAKey key;
    private final HttpServer server;
    private final AtomicInteger keyRequests = new AtomicInteger();

    private TestIdentityProvider() {
        key = newKey("test-key");
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/oauth2/jwks", exchange -> {
            keyRequests.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(jwks);
            }
        });
        server.start();
    }

    static TestIdentityProvider start() {
        return new TestIdentityProvider();
    }

    URI jwkSetUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/jwks");
    }

    /** How often the gateway has fetched the keys. */
    int keyRequests() {
        return keyRequests.get();
    }

    /** A valid token of a member of {@code organisation} ("MUNICIPALITY 0336", or "NONE") with {@code roles}. */
    String token(String subject, String organisation, String... roles) {
        return token(claims(subject, organisation, roles));
    }

    /** A valid token of Stevns' SSP consultant, changed by {@code change} (to make it invalid in one way). */
    String consultantToken(UnaryOperator<JWTClaimsSet.Builder> change) {
        return token(change.apply(claims("stevns-consultant", "MUNICIPALITY 0336", "SSP_CONSULTANT")));
    }

    /** The claims of a valid token, valid for 15 minutes from now. */
    static JWTClaimsSet.Builder claims(String subject, String organisation, String... roles) {
        Instant now = Instant.now();
        String[] typeAndCode = organisation.split(" ");
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .claim("org_type", typeAndCode[0])
                .claim("roles", List.of(roles));
        return typeAndCode.length > 1 ? claims.claim("org_code", typeAndCode[1]) : claims;
    }

    String token(JWTClaimsSet.Builder claims) {
        return sign(claims.build(), key);
    }

    /** Signed by a key the identity provider never published, under the published key's id. */
    String tokenSignedByAnotherKey(JWTClaimsSet.Builder claims) {
        return sign(claims.build(), newKey(key.getKeyID()));
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static String sign(JWTClaimsSet claims, RSAKey signingKey) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(signingKey.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(), claims);
        try {
            jwt.sign(new RSASSASigner(signingKey));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
