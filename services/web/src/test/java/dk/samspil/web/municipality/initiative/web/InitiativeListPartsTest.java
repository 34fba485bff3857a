package dk.samspil.web.municipality.initiative.web;

import dk.samspil.web.municipality.initiative.query.Initiative;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The list's filter, pages, CSV fields and the funding criteria the budget approval shows. */
class InitiativeListPartsTest {

    @Test
    void the_year_keeps_the_initiatives_whose_period_touches_it() {
        Initiative autumn = initiative("LOCAL", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 3, 31), "natteliv");
        assertThat(InitiativeFilter.of(null, null, null, null, "2025").matches(autumn)).isTrue();
        assertThat(InitiativeFilter.of(null, null, null, null, "2026").matches(autumn)).isTrue();
        assertThat(InitiativeFilter.of(null, null, null, null, "2027").matches(autumn)).isFalse();
        assertThat(InitiativeFilter.of(null, null, null, null, "i år").any()).isFalse();
        assertThat(InitiativeFilter.of(null, null, null, "Natteliv", null).matches(autumn)).isTrue();
        assertThat(InitiativeFilter.of("ACTIVE", null, null, null, null).matches(autumn)).isFalse();
    }

    @Test
    void the_filters_stay_in_the_addresses_of_the_other_pages_and_the_csv_file() {
        InitiativeFilter filter = InitiativeFilter.of("ACTIVE", "", null, "forældresamarbejde", "2026");
        assertThat(filter.href("/kommuner/0336/indsatser", 2, null)).isEqualTo(
                "/kommuner/0336/indsatser?status=ACTIVE&tema=for%C3%A6ldresamarbejde&aar=2026&side=2");
        assertThat(filter.href("/kommuner/0336/indsatser", 1, "csv")).isEqualTo(
                "/kommuner/0336/indsatser?status=ACTIVE&tema=for%C3%A6ldresamarbejde&aar=2026&format=csv");
    }

    @Test
    void csv_fields_are_quoted_and_formulas_are_not_run() {
        assertThat(InitiativeCsv.field("Natteliv; rusmidler")).isEqualTo("\"Natteliv; rusmidler\"");
        assertThat(InitiativeCsv.field("Den \"gode\" indsats")).isEqualTo("\"Den \"\"gode\"\" indsats\"");
        assertThat(InitiativeCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(InitiativeCsv.field("-1")).isEqualTo("'-1");
        assertThat(InitiativeCsv.field(null)).isEmpty();
    }

    @Test
    void the_funding_criteria_are_the_services_three() {
        Initiative.Application cityWide = new Initiative.Application("Caféer", "BUILDING", "CITY_WIDE", null, null,
                null, null, null, null, null, List.of("SCHOOL", "POLICE"), null, null, null, List.of("Nord"), null,
                List.of(), null);
        FundingCriteriaCheck check = FundingCriteriaCheck.of(cityWide);
        assertThat(check.unmet()).extracting(FundingCriteriaCheck.Criterion::code)
                .containsExactly("CITY_WIDE_COVERAGE", "KNOWLEDGE_BASED_METHOD");
        Initiative.Application local = new Initiative.Application("Caféer", "BUILDING", "LOCAL", null, null, null,
                null, null, null, null, List.of("SCHOOL", "SOCIAL_SERVICES"), null, null, null, List.of("Nord"), null,
                List.of("PEER_TO_PEER"), null);
        assertThat(FundingCriteriaCheck.of(local).allMet()).isTrue();
    }

    private static Initiative initiative(String scope, LocalDate start, LocalDate end, String theme) {
        return new Initiative("id", "0336", "DRAFT", "kladde", null, new Initiative.Application("Navn", "PREVENTIVE",
                scope, start, end, List.of(theme), null, null, null, null, null, null, null, null, null, null, null,
                null), null, null, null, null, null, null, null, null, null, null, 0L, false, null);
    }
}
