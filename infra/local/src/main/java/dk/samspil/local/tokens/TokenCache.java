package dk.samspil.local.tokens;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Keeps one token per key (an organisation, a user) until a minute before it expires, then gets a new one. Safe for
 * many threads: a key's token is fetched by one thread at a time while the others wait for it; different keys are
 * fetched in parallel.
 */
public final class TokenCache<K> {

    /** A token this close to its expiry is renewed, so that it does not expire on its way through a slow stack. */
    public static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);

    private final Function<K, AccessToken> fetch;
    private final Clock clock;
    private final Map<K, Slot> slots = new ConcurrentHashMap<>();

    public TokenCache(Function<K, AccessToken> fetch, Clock clock) {
        this.fetch = fetch;
        this.clock = clock;
    }

    /** The token's value for {@code key}, fetched when there is none or it expires within a minute. */
    public String token(K key) {
        return slots.computeIfAbsent(key, ignored -> new Slot()).token(key);
    }

    /**
     * Drops the token kept for {@code key}, so the next call fetches a new one: for a token the API refused (401), e.g.
     * after the identity provider started again with a new signing key.
     */
    public void forget(K key) {
        slots.remove(key);
    }

    private final class Slot {

        private AccessToken current;

        synchronized String token(K key) {
            if (current == null || !clock.instant().isBefore(current.expiresAt().minus(RENEW_BEFORE_EXPIRY))) {
                current = fetch.apply(key);
            }
            return current.value();
        }
    }
}
