package dk.samspil.web.municipality.application.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationErrorsTest {

    @Test
    void a_field_path_of_the_request_or_of_the_command_leads_to_the_input_that_holds_it() {
        assertThat(ApplicationErrors.inputOf("coordinator.email")).contains("coordinator.email");
        assertThat(ApplicationErrors.inputOf("application.evaluationPlan")).contains("evaluationPlan");
        assertThat(ApplicationErrors.inputOf("budgetLines[2].settlementMonth")).contains("budgetLines[2].settlementMonth");
    }

    @Test
    void an_item_of_a_list_belongs_to_the_input_the_list_is_written_in() {
        assertThat(ApplicationErrors.inputOf("themes[3]")).contains("themes");
        assertThat(ApplicationErrors.inputOf("application.goals[1]")).contains("goals");
        assertThat(ApplicationErrors.inputOf("targetGroups[0]")).contains("targetGroups");
        assertThat(ApplicationErrors.inputOf("budgetLines[4]")).contains("budgetLines");
    }

    @Test
    void a_field_the_form_does_not_have_is_said_above_it() {
        assertThat(ApplicationErrors.inputOf("accountingYear")).isEmpty();
        assertThat(ApplicationErrors.inputOf("body")).isEmpty();
    }
}
