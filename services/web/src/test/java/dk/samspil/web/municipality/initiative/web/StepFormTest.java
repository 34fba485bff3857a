package dk.samspil.web.municipality.initiative.web;

import dk.samspil.web.api.ApiRefusedException;
import dk.samspil.web.page.FormErrors;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StepFormTest {

    @Test
    void amounts_are_read_as_danes_write_them() {
        assertThat(StepForm.kroner("15000")).isEqualTo(15_000L);
        assertThat(StepForm.kroner("15.000")).isEqualTo(15_000L);
        assertThat(StepForm.kroner("15 000 kr.")).isEqualTo(15_000L);
        assertThat(StepForm.kroner("1.250.000,00")).isEqualTo(1_250_000L);
        assertThat(StepForm.kroner("0")).isZero();
        assertThat(StepForm.kroner("12,50")).isNull();
        assertThat(StepForm.kroner("mange")).isNull();
        assertThat(StepForm.kroner("9".repeat(20))).isNull();
    }

    @Test
    void empty_fields_are_left_out_and_dates_and_years_are_checked_before_anything_is_sent() {
        StepForm.Body body = new StepForm(InitiativeStep.STATUS_REPORT,
                form("summary", " Roligt ", "reportedOn", "", "_csrf", "token")).body();
        assertThat(body.json()).containsExactly(Map.entry("summary", "Roligt"));
        assertThat(body.unreadable().any()).isFalse();

        StepForm.Body wrong = new StepForm(InitiativeStep.STATUS_REPORT,
                form("summary", "Roligt", "reportedOn", "1/6 2026")).body();
        assertThat(wrong.unreadable().of("statusrapport-reportedOn")).isEqualTo("Skriv datoen som åååå-mm-dd, fx 2026-06-30.");

        assertThat(new StepForm(InitiativeStep.BUDGET_APPROVAL, form("accountingYear", "26")).body().unreadable()
                .has("budgetgodkendelse-accountingYear")).isTrue();
        assertThat(new StepForm(InitiativeStep.BUDGET_APPROVAL, form("accountingYear", "2026", "overrideReason", ""))
                .body().json()).containsExactly(Map.entry("accountingYear", 2026));
    }

    @Test
    void the_services_refusals_land_at_the_step_forms_fields() {
        StepForm completion = new StepForm(InitiativeStep.COMPLETION, form("heading-0", "Materialer", "amount-0", "1"));
        FormErrors errors = completion.errorsOf(problem(null, null, List.of(
                new ApiRefusedException.FieldError("actualAmounts[0].amount", "Beløbet kan ikke være negativt"),
                new ApiRefusedException.FieldError("finalEvaluation", "Den endelige evaluering skal udfyldes"))));
        assertThat(errors.of("afslutning-actualAmounts-0")).isEqualTo("Beløbet kan ikke være negativt");
        assertThat(errors.of("afslutning-finalEvaluation")).isEqualTo("Den endelige evaluering skal udfyldes");

        assertThat(completion.errorsOf(problem("actualAmounts", "Budgetlinjen 'Løn' mangler sit faktiske beløb", null))
                .of("afslutning-actualAmounts")).isEqualTo("Budgetlinjen 'Løn' mangler sit faktiske beløb");
        assertThat(new StepForm(InitiativeStep.SUBMISSION, form()).errorsOf(problem("coordinator.email",
                "Tovholderens e-mail skal udfyldes", null)).of("indsendelse")).isEqualTo("Tovholderens e-mail skal udfyldes");
        assertThat(new StepForm(InitiativeStep.PAUSE, form()).errorsOf(problem(null, "Noget gik galt", null))
                .of("pause")).isEqualTo("Noget gik galt");
    }

    private static ApiRefusedException.Problem problem(String field, String detail,
                                                       List<ApiRefusedException.FieldError> errors) {
        return new ApiRefusedException.Problem("Kan ikke behandles", detail, field, errors, null, null);
    }

    private static MultiValueMap<String, String> form(String... namesAndValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }
}
