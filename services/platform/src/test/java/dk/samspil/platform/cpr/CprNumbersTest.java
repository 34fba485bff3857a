package dk.samspil.platform.cpr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CprNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Drengen har CPR 010203-1234 og bor i Hårlev",
            "cpr: 0102031234",
            "Hendes nummer er 010203 1234.",
            "(311299-4321)",
            "Erstatningsnummer 610203-1234 fra kommunen",
            "290200-4123 er født på skuddagen i 2000",
            "Født 1858: 010158-5000",
            "Nyere nummer, der ikke består modulus 11: 070761-4285"})
    void finds_cpr_numbers_with_or_without_hyphen_or_space_including_replacement_numbers(String text) {
        assertThat(CprNumbers.containsCprNumber(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "320103-1234 har ingen 32. januar",
            "011303-1234 har ingen 13. måned",
            "290200-1234 er 1900, som ikke var skudår",
            "920103-1234: dag 92 er hverken en dag eller et erstatningsnummer",
            "0102031234567 er et EAN-nummer, ikke et CPR-nummer",
            "2026-0102031234 er et sagsnummer med årstal foran"})
    void leaves_numbers_alone_that_cannot_be_a_date_of_birth_or_are_part_of_something_longer(String text) {
        assertThat(CprNumbers.containsCprNumber(text)).as(text).isFalse();
    }

    @Test
    void a_uuid_is_an_identifier_even_when_ten_digits_of_its_last_group_form_a_date_of_birth() {
        String readsAsADate = "3f2c9a10-1b2c-4d5e-8f90-a0604027666b";

        assertThat(CprNumbers.containsCprNumber(readsAsADate)).isFalse();
        assertThat(CprNumbers.containsCprNumber("Se /indsatser/" + readsAsADate + " for detaljer")).isFalse();
        assertThat(CprNumbers.containsCprNumber("0604027666 og " + readsAsADate)).isTrue();
    }

    @Test
    void no_random_uuid_is_taken_for_a_cpr_number() {
        // About one in 3,200 random UUIDs used to be refused; 200,000 of them would have been about 60.
        List<String> refused = Stream.generate(() -> UUID.randomUUID().toString()).limit(200_000)
                .filter(uuid -> CprNumbers.containsCprNumber(uuid) || CprNumbers.containsCprNumber("id " + uuid + "."))
                .toList();

        assertThat(refused).isEmpty();
    }

    @Test
    void ordinary_ssp_prose_with_phone_numbers_amounts_dates_and_case_numbers_is_not_taken_for_cpr_numbers() throws IOException {
        List<String> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThan(40);
        assertThat(corpus).allSatisfy(line -> assertThat(CprNumbers.containsCprNumber(line)).as(line).isFalse());
    }

    private static List<String> corpus() throws IOException {
        try (InputStream in = CprNumbersTest.class.getResourceAsStream("/cpr/ssp-prose.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }
}
