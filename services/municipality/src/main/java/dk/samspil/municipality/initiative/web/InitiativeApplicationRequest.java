package dk.samspil.municipality.initiative.web;

import dk.samspil.contracts.municipality.BudgetLine;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.KnowledgeBasedMethod;
import dk.samspil.contracts.municipality.Partner;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.contracts.municipality.TargetGroup;
import dk.samspil.municipality.initiative.command.Coordinator;
import dk.samspil.municipality.initiative.command.InitiativeApplication;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * An initiative's application (Copenhagen's eight points plus level, scope, themes and methods). A draft needs name,
 * level, scope and period; the rest may follow until it is submitted.
 */
@ValidPeriod
record InitiativeApplicationRequest(
        @NotBlank(message = "Navn skal udfyldes") @Size(max = 200, message = "Navnet må højst have 200 tegn") String name,
        @NotNull(message = "Forebyggelsesniveau skal udfyldes") PreventionLevel preventionLevel,
        @NotNull(message = "Rækkevidde skal udfyldes") InitiativeScope scope,
        @NotNull(message = "Startdato skal udfyldes") LocalDate startDate,
        @NotNull(message = "Slutdato skal udfyldes") LocalDate endDate,
        @Size(max = 20, message = "Højst 20 temaer")
        List<@NotBlank(message = "Et tema kan ikke være tomt") @Size(max = 60, message = "Et tema må højst have 60 tegn") String> themes,
        @Min(value = 6, message = "Målgruppen er 6-25 år") @Max(value = 25, message = "Målgruppen er 6-25 år") Integer targetAgeFrom,
        @Min(value = 6, message = "Målgruppen er 6-25 år") @Max(value = 25, message = "Målgruppen er 6-25 år") Integer targetAgeTo,
        @Size(max = 3, message = "Højst tre målgrupper") List<@NotNull(message = "Ukendt målgruppe") TargetGroup> targetGroups,
        @Size(max = 20, message = "Højst 20 mål")
        List<@NotBlank(message = "Et mål kan ikke være tomt") @Size(max = 500, message = "Et mål må højst have 500 tegn") String> goals,
        @Size(max = 10, message = "Højst ti samarbejdspartnere") List<@NotNull(message = "Ukendt samarbejdspartner") Partner> partners,
        @Size(max = 4000, message = "Evalueringen må højst have 4000 tegn") String evaluationPlan,
        @Size(max = 4000, message = "Videndelingen må højst have 4000 tegn") String knowledgeSharing,
        @Valid CoordinatorRequest coordinator,
        @Size(max = 20, message = "Højst 20 lokalområder")
        List<@NotBlank(message = "Et lokalområde kan ikke være tomt") @Size(max = 200, message = "Et lokalområde må højst have 200 tegn") String> localAreas,
        @Size(max = 200, message = "Forankringen må højst have 200 tegn") String organisationalUnit,
        @Size(max = 8, message = "Højst otte metoder") List<@NotNull(message = "Ukendt metode") KnowledgeBasedMethod> methods,
        @Size(max = 50, message = "Højst 50 budgetlinjer") List<@Valid @NotNull(message = "Tom budgetlinje") BudgetLineRequest> budgetLines) {

    InitiativeApplication toApplication() {
        return new InitiativeApplication(name, preventionLevel, scope, startDate, endDate, themes, targetAgeFrom,
                targetAgeTo, targetGroups, goals, partners, evaluationPlan, knowledgeSharing,
                coordinator == null ? null : coordinator.toCoordinator(), localAreas, organisationalUnit, methods,
                budgetLines == null ? null : budgetLines.stream().map(BudgetLineRequest::toBudgetLine).toList());
    }

    /** The initiative's coordinator (tovholder): staff contact data, kept in the municipality. */
    record CoordinatorRequest(
            @Size(max = 200, message = "Navnet må højst have 200 tegn") String name,
            @Email(message = "Ikke en gyldig e-mailadresse") @Size(max = 254, message = "E-mailadressen er for lang") String email,
            @Pattern(regexp = "\\+?[0-9 ]{8,15}", message = "Telefonnummeret skal have 8 cifre, evt. med +45") String phone,
            @Size(max = 200, message = "Kontakten må højst have 200 tegn") String leaderGroupContact) {

        Coordinator toCoordinator() {
            return new Coordinator(name, email, phone, leaderGroupContact);
        }
    }

    record BudgetLineRequest(
            @NotBlank(message = "Udgiftsposten skal udfyldes") @Size(max = 200, message = "Udgiftsposten må højst have 200 tegn") String heading,
            @NotNull(message = "Beløbet skal udfyldes") @PositiveOrZero(message = "Beløbet kan ikke være negativt")
            @Max(value = 100_000_000, message = "Beløbet må højst være 100.000.000 kr.") Long expectedAmount,
            @NotNull(message = "Afregningsmåneden skal udfyldes (fx 2026-10)") YearMonth settlementMonth) {

        BudgetLine toBudgetLine() {
            return new BudgetLine(heading.strip(), expectedAmount, settlementMonth, null);
        }
    }
}
