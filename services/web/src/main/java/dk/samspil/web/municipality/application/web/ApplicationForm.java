package dk.samspil.web.municipality.application.web;

import dk.samspil.web.municipality.application.query.ApplicationRequest;
import dk.samspil.web.municipality.initiative.query.Initiative;
import dk.samspil.web.page.FormErrors;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The application form as the user filled it in, every value as typed, so a refused form comes back unchanged. The
 * fields are named by the API's field paths ({@code coordinator.email}, {@code budgetLines[0].expectedAmount}), which
 * are also the inputs' ids. Themes and local areas are written comma-separated, goals one per line.
 */
public record ApplicationForm(String name, String preventionLevel, String scope, String startDate, String endDate,
                              String themes, String targetAgeFrom, String targetAgeTo, List<String> targetGroups,
                              String goals, List<String> partners, String evaluationPlan, String knowledgeSharing,
                              Coordinator coordinator, String localAreas, String organisationalUnit,
                              List<String> methods, List<BudgetRow> budgetLines) {

    /** The API takes at most 50 budget lines. */
    static final int MAX_BUDGET_LINES = 50;
    private static final int EMPTY_BUDGET_ROWS = 3;

    public record Coordinator(String name, String email, String phone, String leaderGroupContact) {
    }

    public record BudgetRow(String heading, String expectedAmount, String settlementMonth) {

        boolean filled() {
            return Stream.of(heading, expectedAmount, settlementMonth).anyMatch(value -> !value.isBlank());
        }
    }

    static ApplicationForm blank() {
        return from(new LinkedMultiValueMap<>());
    }

    static ApplicationForm from(MultiValueMap<String, String> fields) {
        Function<String, String> field = name -> {
            String value = fields.getFirst(name);
            return value == null ? "" : value;
        };
        List<BudgetRow> rows = IntStream.range(0, MAX_BUDGET_LINES)
                .mapToObj(index -> "budgetLines[" + index + "].")
                .map(row -> new BudgetRow(field.apply(row + "heading"), field.apply(row + "expectedAmount"),
                        field.apply(row + "settlementMonth")))
                .filter(BudgetRow::filled)
                .toList();
        return new ApplicationForm(field.apply("name"), field.apply("preventionLevel"), field.apply("scope"),
                field.apply("startDate"), field.apply("endDate"), field.apply("themes"), field.apply("targetAgeFrom"),
                field.apply("targetAgeTo"), checked(fields, "targetGroups"), field.apply("goals"),
                checked(fields, "partners"), field.apply("evaluationPlan"), field.apply("knowledgeSharing"),
                new Coordinator(field.apply("coordinator.name"), field.apply("coordinator.email"),
                        field.apply("coordinator.phone"), field.apply("coordinator.leaderGroupContact")),
                field.apply("localAreas"), field.apply("organisationalUnit"), checked(fields, "methods"), rows);
    }

    static ApplicationForm of(Initiative.Application application) {
        Initiative.Coordinator coordinator = application.coordinator();
        return new ApplicationForm(text(application.name()), text(application.preventionLevel()),
                text(application.scope()), date(application.startDate()), date(application.endDate()),
                String.join(", ", application.themes()), number(application.targetAgeFrom()),
                number(application.targetAgeTo()), application.targetGroups(),
                String.join("\n", application.goals()), application.partners(),
                text(application.evaluationPlan()), text(application.knowledgeSharing()),
                new Coordinator(text(coordinator.name()), text(coordinator.email()), text(coordinator.phone()),
                        text(coordinator.leaderGroupContact())),
                String.join(", ", application.localAreas()), text(application.organisationalUnit()),
                application.methods(),
                application.budgetLines().stream()
                        .map(line -> new BudgetRow(line.heading(), Long.toString(line.expected()),
                                line.settlementMonth() == null ? "" : line.settlementMonth().toString()))
                        .toList());
    }

    /** The budget rows to show: those filled in, in the order they are sent, then a few empty ones to fill. */
    public List<BudgetRow> budgetRows() {
        List<BudgetRow> rows = new ArrayList<>(budgetLines);
        int empty = Math.min(EMPTY_BUDGET_ROWS, MAX_BUDGET_LINES - rows.size());
        rows.addAll(IntStream.range(0, empty).mapToObj(index -> new BudgetRow("", "", "")).toList());
        return rows;
    }

    /** Ages and amounts that are not whole numbers, by field: the form cannot send them. */
    FormErrors unreadableNumbers() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (WholeNumber.unreadable(targetAgeFrom)) {
            errors.put("targetAgeFrom", "Alderen skal være et helt antal år");
        }
        if (WholeNumber.unreadable(targetAgeTo)) {
            errors.put("targetAgeTo", "Alderen skal være et helt antal år");
        }
        for (int index = 0; index < budgetLines.size(); index++) {
            if (WholeNumber.unreadable(budgetLines.get(index).expectedAmount())) {
                errors.put("budgetLines[" + index + "].expectedAmount", "Beløbet skal være et helt antal kroner");
            }
        }
        return new FormErrors(errors, null);
    }

    /** What the API receives; only once {@link #unreadableNumbers()} found none. */
    ApplicationRequest toRequest() {
        ApplicationRequest.Coordinator sentCoordinator = Stream.of(coordinator.name(), coordinator.email(),
                coordinator.phone(), coordinator.leaderGroupContact()).allMatch(String::isBlank)
                ? null
                : new ApplicationRequest.Coordinator(orNull(coordinator.name()), orNull(coordinator.email()),
                        orNull(coordinator.phone()), orNull(coordinator.leaderGroupContact()));
        return new ApplicationRequest(orNull(name), orNull(preventionLevel), orNull(scope), orNull(startDate),
                orNull(endDate), split(themes, ","), WholeNumber.parse(targetAgeFrom),
                WholeNumber.parse(targetAgeTo), targetGroups,
                split(goals, "\n"), partners, orNull(evaluationPlan), orNull(knowledgeSharing), sentCoordinator,
                split(localAreas, ","), orNull(organisationalUnit), methods,
                budgetLines.stream()
                        .map(row -> new ApplicationRequest.BudgetLine(orNull(row.heading()),
                                WholeNumber.parse(row.expectedAmount()), orNull(row.settlementMonth())))
                        .toList());
    }

    private static List<String> checked(MultiValueMap<String, String> fields, String name) {
        return List.copyOf(fields.getOrDefault(name, List.of()));
    }

    private static List<String> split(String typed, String separator) {
        return Arrays.stream(typed.split(separator)).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    private static String orNull(String typed) {
        return typed.isBlank() ? null : typed.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String number(Integer number) {
        return number == null ? "" : number.toString();
    }
}
