package dk.samspil.platform.cpr;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CprCheckedCommandsTest {

    record BudgetLine(String heading, long amount) {
    }

    record Coordinator(String name, String phone) {
    }

    record RegisterSomethingCommand(String id, String description, Coordinator coordinator, List<BudgetLine> budgetLines,
                                    List<String> themes, Map<String, Integer> participants) {
    }

    record EscalateSomethingCommand(@TargetAggregateIdentifier String somethingId, String reason) {
    }

    private final CprCheckedCommands check = new CprCheckedCommands();

    @Test
    void the_target_aggregate_identifier_is_not_text_and_is_not_checked() {
        var command = GenericCommandMessage.asCommandMessage(new EscalateSomethingCommand("0604027666", "Gruppen flytter"));

        assertThat(check.handle(List.of(command)).apply(0, command)).isSameAs(command);
    }

    @Test
    void a_command_without_cpr_numbers_passes_unchanged() {
        var command = GenericCommandMessage.asCommandMessage(command("Nattevandring i Hårlev, tlf. 56 57 00 00",
                new Coordinator("Mette", "56570000"), List.of(new BudgetLine("Forplejning 12000 kr.", 12_000))));

        assertThat(check.handle(List.of(command)).apply(0, command)).isSameAs(command);
    }

    @Test
    void a_cpr_number_anywhere_in_the_command_is_refused_naming_the_field_and_not_the_number() {
        assertRefused(command("Drengen 010203-1234 går i 8. klasse", new Coordinator("Mette", "56570000"), List.of()),
                "description");
        assertRefused(command("Nattevandring", new Coordinator("Mette 0102031234", "56570000"), List.of()),
                "coordinator.name");
        assertRefused(command("Nattevandring", new Coordinator("Mette", "56570000"),
                List.of(new BudgetLine("Forplejning", 1), new BudgetLine("Til 010203 1234", 2))), "budgetLines[1].heading");
    }

    @Test
    void lists_of_texts_and_maps_are_checked_too() {
        RegisterSomethingCommand themes = new RegisterSomethingCommand("1", "x", null, List.of(),
                List.of("hash", "610203-1234"), Map.of());
        assertRefused(themes, "themes[1]");
        RegisterSomethingCommand participants = new RegisterSomethingCommand("1", "x", null, List.of(), List.of(),
                Map.of("0102031234", 3));
        assertRefused(participants, "participants.0102031234");
    }

    private void assertRefused(RegisterSomethingCommand payload, String field) {
        var command = GenericCommandMessage.asCommandMessage(payload);
        assertThatThrownBy(() -> check.handle(List.of(command)).apply(0, command))
                .isInstanceOfSatisfying(CprNumberInText.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo(field);
                    assertThat(refusal.value()).isNull();
                    assertThat(refusal.getMessage()).doesNotContainPattern("\\d{4}");
                });
    }

    private static RegisterSomethingCommand command(String description, Coordinator coordinator, List<BudgetLine> lines) {
        return new RegisterSomethingCommand("i-1", description, coordinator, lines, List.of("natteliv"), Map.of("0336", 4));
    }
}
