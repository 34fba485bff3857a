package dk.samspil.platform.personaldata;

import dk.samspil.platform.testing.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The vault against a real PostgreSQL: sealing, opening, erasing, and what its tables hold. */
class PersonalDataVaultTest {

    private static final String STEVNS = "0336";
    private static final String EMAIL = "mette.jensen@stevns.dk";
    private static final String NAME = "Mette Jensen";
    private static final String PHONE = "+45 56578899";

    private JdbcTemplate jdbc;
    private PersonalDataVault vault;

    @BeforeEach
    void freshDatabase() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(TestPostgres.freshDatabaseUrl("personal_data"));
        Flyway.configure().dataSource(dataSource).locations("classpath:db/personaldata").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        vault = new PersonalDataVault(jdbc, "test-lookup-secret");
    }

    @Test
    void a_sealed_value_opens_to_its_plaintext() {
        UUID mette = vault.subjectFor(STEVNS, EMAIL);

        String sealed = vault.seal(mette, NAME);

        assertThat(sealed).startsWith("pd1:" + mette + ":").doesNotContain(NAME);
        assertThat(vault.open(sealed)).isEqualTo(NAME);
        assertThat(new PersonalDataVault(jdbc, "test-lookup-secret").open(sealed)).as("a fresh cache").isEqualTo(NAME);
        assertThat(vault.seal(mette, null)).isNull();
        assertThat(vault.open(null)).isNull();
    }

    @Test
    void the_same_value_is_sealed_with_a_new_iv_every_time() {
        UUID mette = vault.subjectFor(STEVNS, EMAIL);

        String first = vault.seal(mette, PHONE);
        String second = vault.seal(mette, PHONE);

        assertThat(first).isNotEqualTo(second);
        assertThat(iv(first)).isNotEqualTo(iv(second));
        assertThat(vault.open(first)).isEqualTo(vault.open(second)).isEqualTo(PHONE);
    }

    @Test
    void the_same_person_is_one_subject_per_organisation() {
        UUID mette = vault.subjectFor(STEVNS, EMAIL);

        assertThat(vault.subjectFor(STEVNS, " Mette.Jensen@Stevns.dk ")).isEqualTo(mette);
        assertThat(vault.findSubject(STEVNS, EMAIL)).contains(mette);
        assertThat(vault.subjectFor("0259", EMAIL)).isNotEqualTo(mette);
        assertThat(vault.findSubject(STEVNS, "someone.else@stevns.dk")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from personal_data_subject", Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from personal_data_key", Long.class)).isEqualTo(2);
    }

    @Test
    void an_erased_person_s_values_read_as_erased_at_once() {
        UUID mette = vault.subjectFor(STEVNS, EMAIL);
        UUID hans = vault.subjectFor(STEVNS, "hans@stevns.dk");
        String name = vault.seal(mette, NAME);
        String other = vault.seal(hans, "Hans Kontaktsen");
        assertThat(vault.open(name)).isEqualTo(NAME);

        assertThat(vault.erase(mette)).isTrue();

        assertThat(vault.open(name)).isEqualTo(Sealer.ERASED);
        assertThat(vault.open(other)).isEqualTo("Hans Kontaktsen");
        assertThat(jdbc.queryForObject("select erased_at is not null from personal_data_subject where subject_id = ?",
                Boolean.class, mette)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from personal_data_key where subject_id = ?", Long.class, mette)).isZero();
        assertThatThrownBy(() -> vault.seal(mette, NAME)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void erasing_twice_erases_nothing_more() {
        UUID mette = vault.subjectFor(STEVNS, EMAIL);
        String name = vault.seal(mette, NAME);

        assertThat(vault.erase(mette)).isTrue();
        assertThat(vault.erase(mette)).isFalse();
        assertThat(vault.erase(UUID.randomUUID())).isFalse();
        assertThat(vault.open(name)).isEqualTo(Sealer.ERASED);
    }

    @Test
    void a_person_named_again_after_erasure_gets_a_new_key_and_the_old_values_stay_erased() {
        UUID mette = vault.subjectFor(STEVNS, EMAIL);
        String before = vault.seal(mette, NAME);
        vault.erase(mette);

        assertThat(vault.subjectFor(STEVNS, EMAIL)).isEqualTo(mette);
        String after = vault.seal(mette, NAME);

        assertThat(vault.open(after)).isEqualTo(NAME);
        assertThat(vault.open(before)).isEqualTo(Sealer.ERASED);
    }

    @Test
    void a_value_written_before_sealing_reads_as_it_is() {
        assertThat(vault.open(NAME)).isEqualTo(NAME);
        assertThat(vault.open("")).isEmpty();
    }

    @Test
    void the_tables_hold_nothing_of_the_values_or_of_what_identifies_the_person() {
        UUID mette = vault.subjectFor(STEVNS, EMAIL);
        vault.seal(mette, NAME);
        vault.seal(mette, PHONE);
        vault.seal(mette, EMAIL);

        List<String> rows = Stream.of("personal_data_subject", "personal_data_key")
                .flatMap(table -> jdbc.queryForList("select * from " + table).stream())
                .map(PersonalDataVaultTest::asText)
                .toList();

        assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row.toLowerCase())
                .doesNotContain(NAME.toLowerCase(), EMAIL, PHONE, "mette", "stevns.dk", "56578899"));
    }

    private static String asText(Map<String, Object> row) {
        StringBuilder text = new StringBuilder();
        row.values().forEach(value -> text.append(value instanceof byte[] bytes
                ? new String(bytes, StandardCharsets.ISO_8859_1) + " " + Base64.getEncoder().encodeToString(bytes)
                : String.valueOf(value)).append(' '));
        return text.toString();
    }

    private static String iv(String sealed) {
        byte[] data = Base64.getDecoder().decode(sealed.substring(sealed.lastIndexOf(':') + 1));
        return Base64.getEncoder().encodeToString(Arrays.copyOf(data, 12));
    }
}
