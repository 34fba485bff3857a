package dk.samspil.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The identity provider as the gateway sees it, on a real HTTP server on a random port: a JWK set, RS256 access
 * tokens signed with its key and shaped like infra/identity's (iss, aud, sub, org_type, org_code, roles), and the
 * token endpoint where the gateway redeems the codes of browsers that signed in ({@link #approve}) and refreshes
 * their tokens.
 */
final class TestIdentityProvider implements AutoCloseable {

    /** What application.yml expects. */
    static final String ISSUER = "http://localhost:9000";
    static final String AUDIENCE = "samspil";
    /** The gateway's client, with the dev default of its secret. */
    static final String WEB_CLIENT = "samspil-web";
    static final String WEB_CLIENT_SECRET = "samspil-web-dev-secret";

    /** A request the gateway sent to the token endpoint. */
    record TokenRequest(String authorization, Map<String, String> form) {

        String grantType() {
            return form.get("grant_type");
        }
    }

    /** What the token endpoint answers when the gateway refreshes. */
    enum Refreshes { GRANTED, REFUSED, CONNECTION_CLOSED }

    /** A browser's sign-in, until the gateway redeems its code. */
    private record Grant(String subject, String nonce, String codeChallenge, String redirectUri,
                         Duration accessTokenLifetime) {
    }

    private final RSAKey key;
    private final HttpServer server;
    private final AtomicInteger keyRequests = new AtomicInteger();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
    private final List<TokenRequest> tokenRequests = new CopyOnWriteArrayList<>();
    private volatile Refreshes refreshes = Refreshes.GRANTED;
    private volatile String lastAccessToken;
    private volatile String lastRefreshToken;
    private volatile String lastIdToken;

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
        server.createContext("/oauth2/token", this::token);
        server.start();
    }

    static TestIdentityProvider start() {
        return new TestIdentityProvider();
    }

    URI jwkSetUri() {
        return uri("/oauth2/jwks");
    }

    URI authorizationUri() {
        return uri("/oauth2/authorize");
    }

    URI endSessionUri() {
        return uri("/connect/logout");
    }

    /** The gateway's sign-in endpoints at this provider; the issuer and the keys follow the resource server's. */
    Map<String, String> signInEndpoints() {
        return Map.of(
                "samspil.gateway.sign-in.authorization-uri", authorizationUri().toString(),
                "samspil.gateway.sign-in.token-uri", uri("/oauth2/token").toString(),
                "samspil.gateway.sign-in.end-session-uri", endSessionUri().toString());
    }

    /**
     * The browser has come with the gateway's authorization request and {@code subject} signed in: the address the
     * provider sends the browser back to, with a code for the gateway to redeem. Its access tokens say they are valid
     * for {@code accessTokenLifetime}.
     */
    URI approve(URI authorizationRequest, String subject, Duration accessTokenLifetime) {
        MultiValueMap<String, String> request = UriComponentsBuilder.fromUri(authorizationRequest).build()
                .getQueryParams();
        String code = UUID.randomUUID().toString();
        String redirectUri = decoded(request.getFirst("redirect_uri"));
        codes.put(code, new Grant(subject, decoded(request.getFirst("nonce")),
                decoded(request.getFirst("code_challenge")), redirectUri, accessTokenLifetime));
        return UriComponentsBuilder.fromUriString(redirectUri)
                .queryParam("code", code)
                .queryParam("state", decoded(request.getFirst("state")))
                .encode()
                .build()
                .toUri();
    }

    /** The access token the token endpoint gave last. */
    String lastAccessToken() {
        return lastAccessToken;
    }

    String lastIdToken() {
        return lastIdToken;
    }

    String lastRefreshToken() {
        return lastRefreshToken;
    }

    List<TokenRequest> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    void answerRefreshes(Refreshes answer) {
        refreshes = answer;
    }

    /** Forgets the token requests and grants refreshes again. */
    void forget() {
        tokenRequests.clear();
        refreshes = Refreshes.GRANTED;
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

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form;
        try (InputStream in = exchange.getRequestBody()) {
            form = formData(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        tokenRequests.add(new TokenRequest(exchange.getRequestHeaders().getFirst("Authorization"), form));
        if ("authorization_code".equals(form.get("grant_type")) && codes.containsKey(form.get("code"))) {
            Grant grant = codes.remove(form.get("code"));
            respond(exchange, 200, tokens(grant.subject(), grant.accessTokenLifetime(), grant.nonce()));
        } else if ("refresh_token".equals(form.get("grant_type")) && refreshes == Refreshes.CONNECTION_CLOSED) {
            exchange.close();
        } else if ("refresh_token".equals(form.get("grant_type")) && refreshes == Refreshes.GRANTED
                && refreshTokens.containsKey(form.get("refresh_token"))) {
            // Each refresh token is good once, as at infra/identity.
            String subject = refreshTokens.remove(form.get("refresh_token"));
            respond(exchange, 200, tokens(subject, Duration.ofMinutes(15), null));
        } else {
            respond(exchange, 400, Map.<String, Object>of("error", "invalid_grant"));
        }
    }

    /** An access token, a refresh token, and at sign-in an ID token. */
    private Map<String, Object> tokens(String subject, Duration accessTokenLifetime, String nonce) {
        String refreshToken = UUID.randomUUID().toString();
        refreshTokens.put(refreshToken, subject);
        lastRefreshToken = refreshToken;
        // A token id of its own: two tokens of one subject in one second differ.
        lastAccessToken = token(claims(subject, "MUNICIPALITY 0336", "SSP_CONSULTANT")
                .jwtID(UUID.randomUUID().toString()));
        Map<String, Object> tokens = new LinkedHashMap<>();
        tokens.put("access_token", lastAccessToken);
        tokens.put("token_type", "Bearer");
        tokens.put("expires_in", accessTokenLifetime.toSeconds());
        tokens.put("refresh_token", refreshToken);
        tokens.put("scope", "openid profile");
        if (nonce != null) {
            lastIdToken = idToken(subject, nonce);
            tokens.put("id_token", lastIdToken);
        }
        return tokens;
    }

    private String idToken(String subject, String nonce) {
        Instant now = Instant.now();
        return sign(new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(WEB_CLIENT)
                .subject(subject)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .claim("nonce", nonce)
                .claim("name", "Mette Sørensen")
                .build(), key);
    }

    private static void respond(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        byte[] json = JSONObjectUtils.toJSONString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }

    private static Map<String, String> formData(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(decoded(pair.substring(0, equals)), decoded(pair.substring(equals + 1)));
            }
        }
        return form;
    }

    private static String decoded(String value) {
        return value == null ? null : URLDecoder.decode(value, StandardCharsets.UTF_8);
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
