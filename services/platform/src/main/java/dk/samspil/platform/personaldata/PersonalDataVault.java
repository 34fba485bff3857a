package dk.samspil.platform.personaldata;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Staff personal data sealed with AES-256-GCM under one key per person, the keys in the service's own PostgreSQL
 * database ({@code personal_data_subject}, {@code personal_data_key}). Erasing a person deletes the key: every value
 * sealed with it, in the event store, the read models or anywhere else, then reads as {@link #ERASED}. A person is
 * found by an HMAC-SHA256 of organisation and identifying value under the service's lookup secret, so the tables
 * never hold the value itself.
 * <p>
 * Keys are cached in memory. An erasure clears the cache of this process at once; another instance of the service
 * may open the person's values until it restarts, so erasures are made on every instance or the cache is short-lived
 * there (a single instance per service today).
 */
public class PersonalDataVault implements Sealer {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcTemplate jdbc;
    private final SecretKeySpec lookupSecret;
    private final SecureRandom random = new SecureRandom();
    private final Map<UUID, SecretKey> keys = new ConcurrentHashMap<>();
    /** Loading a key into the cache and erasing it take turns, so an erased key is never cached again. */
    private final Object keyLoading = new Object();

    public PersonalDataVault(JdbcTemplate jdbc, String lookupSecret) {
        if (lookupSecret == null || lookupSecret.isBlank()) {
            throw new IllegalArgumentException("samspil.personal-data.lookup-secret must be set");
        }
        this.jdbc = jdbc;
        this.lookupSecret = new SecretKeySpec(lookupSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The person with this identifying value in this organisation, if the service has sealed anything of theirs. */
    public Optional<UUID> findSubject(String organisationCode, String identifyingValue) {
        return jdbc.queryForList("select subject_id from personal_data_subject where lookup_hash = ?", UUID.class,
                lookupHash(organisationCode, identifyingValue)).stream().findFirst();
    }

    /**
     * Runs in the caller's transaction (a command's unit of work), so the key exists exactly when the events sealed
     * with it do. A person erased before and named again gets a new key: what was sealed with the old one stays erased.
     */
    @Override
    public UUID subjectFor(String organisationCode, String identifyingValue) {
        String hash = lookupHash(organisationCode, identifyingValue);
        jdbc.update("insert into personal_data_subject (subject_id, lookup_hash) values (?, ?) on conflict (lookup_hash) do nothing",
                UUID.randomUUID(), hash);
        UUID subject = jdbc.queryForObject("select subject_id from personal_data_subject where lookup_hash = ?", UUID.class, hash);
        int newKey = jdbc.update("insert into personal_data_key (subject_id, secret) values (?, ?) on conflict (subject_id) do nothing",
                subject, randomBytes(KEY_BYTES));
        if (newKey == 1) {
            keys.remove(subject);
            jdbc.update("update personal_data_subject set erased_at = null where subject_id = ?", subject);
        }
        return subject;
    }

    @Override
    public String seal(UUID subject, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        SecretKey key = key(subject).orElseThrow(() -> new IllegalStateException("Personal data subject " + subject + " has no key"));
        byte[] iv = randomBytes(IV_BYTES);
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(subject));
            byte[] ciphertext = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return new SealedValue(subject, ByteBuffer.allocate(iv.length + ciphertext.length).put(iv).put(ciphertext).array()).text();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal personal data", e);
        }
    }

    @Override
    public String open(String sealed) {
        if (!SealedValue.isSealed(sealed)) {
            return sealed;
        }
        SealedValue value = SealedValue.parse(sealed);
        Optional<SecretKey> key = key(value.subject());
        if (key.isEmpty()) {
            return ERASED;
        }
        byte[] data = value.ivAndCiphertext();
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
            cipher.updateAAD(associatedData(value.subject()));
            return new String(cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            // Sealed with a key that was erased before the person was named again and got a new one.
            return ERASED;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open personal data of " + value.subject(), e);
        }
    }

    /** Deletes the person's key; true if there was one. Their sealed values read as {@link #ERASED} from now on. */
    public boolean erase(UUID subject) {
        synchronized (keyLoading) {
            int deleted = jdbc.update("delete from personal_data_key where subject_id = ?", subject);
            jdbc.update("update personal_data_subject set erased_at = now() where subject_id = ? and erased_at is null", subject);
            keys.remove(subject);
            return deleted > 0;
        }
    }

    private Optional<SecretKey> key(UUID subject) {
        SecretKey cached = keys.get(subject);
        if (cached != null) {
            return Optional.of(cached);
        }
        synchronized (keyLoading) {
            List<byte[]> secrets = jdbc.queryForList("select secret from personal_data_key where subject_id = ?",
                    byte[].class, subject);
            Optional<SecretKey> key = secrets.stream().findFirst().map(secret -> new SecretKeySpec(secret, "AES"));
            key.ifPresent(found -> keys.put(subject, found));
            return key;
        }
    }

    private String lookupHash(String organisationCode, String identifyingValue) {
        if (organisationCode == null || organisationCode.isBlank() || identifyingValue == null || identifyingValue.isBlank()) {
            throw new IllegalArgumentException("A personal data subject needs an organisation and an identifying value");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupSecret);
            byte[] hash = mac.doFinal((organisationCode.strip() + "\n" + identifyingValue.strip().toLowerCase(Locale.ROOT))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot compute the lookup hash", e);
        }
    }

    private static byte[] associatedData(UUID subject) {
        return subject.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
