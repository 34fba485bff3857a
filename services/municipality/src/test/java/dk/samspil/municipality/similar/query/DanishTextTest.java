package dk.samspil.municipality.similar.query;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DanishTextTest {

    @Test
    void an_ssp_goal_becomes_its_content_words_stemmed_without_stop_words() {
        assertThat(DanishText.words("Forældrene på skolerne skal kende til de unges brug af rusmidler i nattelivet."))
                .extracting(DanishText.Word::text)
                .containsExactly("forældrene", "skolerne", "kende", "unges", "brug", "rusmidler", "nattelivet");
        assertThat(DanishText.words("Forældrene på skolerne skal kende til de unges brug af rusmidler i nattelivet."))
                .extracting(DanishText.Word::stem)
                .containsExactly("forældr", "skol", "kend", "ung", "brug", "rusmidl", "natteliv");
    }

    @Test
    void inflected_forms_of_a_word_meet_in_one_stem() {
        assertThat(stems("forældre forældrene forældrenes")).containsExactly("forældr");
        assertThat(stems("skole skolen skoler skolerne skolernes")).containsExactly("skol");
        assertThat(stems("gruppe gruppen grupper grupperne")).containsExactly("grup");
        assertThat(stems("kriminalitet kriminaliteten")).containsExactly("kriminalit");
        assertThat(stems("tryghed trygheden")).containsExactly("tryg");
        assertThat(stems("kvarter kvarteret")).containsExactly("kvart");
        assertThat(stems("klub klubben klubber")).containsExactly("klub");
        assertThat(stems("ung unge unges")).containsExactly("ung");
    }

    @Test
    void does_not_overreach_into_derived_words_or_short_words() {
        assertThat(stems("unge ungdom")).containsExactly("ung", "ungdom");
        assertThat(stems("peer hus mobning")).containsExactly("peer", "hus", "mobning");
        assertThat(DanishStemmer.stem("bus")).isEqualTo("bus");
    }

    @Test
    void folds_case_punctuation_and_foreign_diacritics_but_keeps_æøå() {
        assertThat(DanishText.words("SSP-samarbejdet: Idé-café for BØRN & Unge (6.-9. klasse) – på Ærø!"))
                .extracting(DanishText.Word::text)
                .containsExactly("ssp", "samarbejdet", "ide", "cafe", "børn", "unge", "klasse", "ærø");
        assertThat(DanishText.words("Hjärta och Hönor")).extracting(DanishText.Word::text)
                .containsExactly("hjærta", "och", "hønor");
    }

    @Test
    void decomposed_unicode_reads_like_composed() {
        assertThat(stems("Gå\u0308rdmiljø")).isEqualTo(stems("gårdmiljø".replace("å", "a\u030a")));
        assertThat(stems("a\u030arhus")).containsExactly("århus");
    }

    @Test
    void stop_words_numbers_and_blank_text_leave_nothing() {
        assertThat(DanishText.words("og i at for med til af de den det en et der som på er om 2026 42")).isEmpty();
        assertThat(DanishText.words("   ")).isEmpty();
        assertThat(DanishText.words(null)).isEmpty();
    }

    @Test
    void a_theme_is_one_key_of_its_stems() {
        assertThat(DanishText.phrase("Online-had og digital dannelse")).isEqualTo("onlin had digital dannels");
        assertThat(DanishText.phrase("Nattelivet")).isEqualTo(DanishText.phrase("natteliv"));
        assertThat(DanishText.phrase("og i")).isEmpty();
    }

    private static java.util.List<String> stems(String text) {
        return DanishText.words(text).stream().map(DanishText.Word::stem).toList();
    }
}
