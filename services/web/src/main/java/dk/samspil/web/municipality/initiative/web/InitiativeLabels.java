package dk.samspil.web.municipality.initiative.web;

import dk.samspil.contracts.municipality.FundingCriterion;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.KnowledgeBasedMethod;
import dk.samspil.contracts.municipality.Partner;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.contracts.municipality.TargetGroup;
import dk.samspil.web.page.DanishFormats;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Danish names of an initiative's codes, from the contract's enums, and its periods, months and ages the Danish
 * way (for the templates: {@code ${@initiativeLabels.level(code)}}); a code the contract does not know is shown as
 * it is.
 */
@Component("initiativeLabels")
public class InitiativeLabels {

    static final Map<String, String> STATUSES = labels(InitiativeStatus.values(), InitiativeStatus::label);
    static final Map<String, String> LEVELS = labels(PreventionLevel.values(), PreventionLevel::label);
    static final Map<String, String> SCOPES = labels(InitiativeScope.values(), InitiativeScope::label);
    private static final Map<String, String> PARTNERS = labels(Partner.values(), Partner::label);
    private static final Map<String, String> METHODS = labels(KnowledgeBasedMethod.values(), KnowledgeBasedMethod::label);
    private static final Map<String, String> TARGET_GROUPS = labels(TargetGroup.values(), TargetGroup::label);
    private static final Map<String, String> CRITERIA = labels(FundingCriterion.values(), FundingCriterion::label);

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", DanishFormats.DANISH);

    private final DanishFormats danish;

    InitiativeLabels(DanishFormats danish) {
        this.danish = danish;
    }

    public String status(String code) {
        return label(STATUSES, code);
    }

    public String level(String code) {
        return label(LEVELS, code);
    }

    public String scope(String code) {
        return label(SCOPES, code);
    }

    public String criterion(String code) {
        return label(CRITERIA, code);
    }

    public List<String> partners(List<String> codes) {
        return codes.stream().map(code -> label(PARTNERS, code)).toList();
    }

    public List<String> methods(List<String> codes) {
        return codes.stream().map(code -> label(METHODS, code)).toList();
    }

    public List<String> targetGroups(List<String> codes) {
        return codes.stream().map(code -> label(TARGET_GROUPS, code)).toList();
    }

    /** "1. marts 2026 – 31. december 2026"; one end alone when the other is missing. */
    public String period(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return "";
        }
        if (start == null || end == null) {
            return start == null ? "til " + danish.date(end) : "fra " + danish.date(start);
        }
        return danish.date(start) + " – " + danish.date(end);
    }

    /** "oktober 2026". */
    public String month(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    /** "13–17 år", or one end of the range. */
    public String ages(Integer from, Integer to) {
        if (from == null && to == null) {
            return "";
        }
        if (from == null || to == null) {
            return (from == null ? "op til " + to : "fra " + from) + " år";
        }
        return from + "–" + to + " år";
    }

    /** "Kladde" for the start of a sentence or a table cell. */
    public String capital(String label) {
        return label == null || label.isEmpty() ? "" : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private static String label(Map<String, String> labels, String code) {
        return code == null ? "" : labels.getOrDefault(code, code);
    }

    private static <E extends Enum<E>> Map<String, String> labels(E[] values, Function<E, String> label) {
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(values).forEach(value -> labels.put(value.name(), label.apply(value)));
        return Collections.unmodifiableMap(labels);
    }
}
