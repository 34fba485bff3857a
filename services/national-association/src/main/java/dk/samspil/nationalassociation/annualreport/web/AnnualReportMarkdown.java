package dk.samspil.nationalassociation.annualreport.web;

import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.national.GatheringKind;
import dk.samspil.nationalassociation.annualreport.query.AnnualReport;
import dk.samspil.nationalassociation.annualreport.query.DistrictChapter;
import dk.samspil.platform.activity.ActivityTotals;
import dk.samspil.platform.activity.timeline.GatheringFigures;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The annual report draft as Markdown in Danish, one section per police district, for the chair to edit. */
final class AnnualReportMarkdown {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH).withZone(DANISH_TIME);

    private AnnualReportMarkdown() {
    }

    static String render(AnnualReport report) {
        StringBuilder markdown = new StringBuilder();
        markdown.append("# Årsberetning ").append(report.year()).append(" – udkast\n\n")
                .append("_Dannet af Samspil ud fra hændelserne til og med ").append(DAY.format(report.until()))
                .append(". Tallene er kredsenes egne registreringer; ret teksten til, før den sendes ud._\n\n");
        String atTheEnd = LocalDate.ofInstant(report.until(), DANISH_TIME).equals(LocalDate.of(report.year(), 12, 31))
                ? "ved årets udgang" : "pr. " + DAY.format(report.until());
        chapter(markdown, "Hele landet", report.country(), report.year(), atTheEnd);
        report.districts().forEach(district -> chapter(markdown, district.name(), district, report.year(), atTheEnd));
        markdown.append("## Landsdækkende arrangementer\n\n")
                .append(report.national().heldInAll() == 0 ? "Ingen landsdækkende arrangementer i året.\n\n"
                        : "Samrådet holdt " + gatherings(report.national()) + " for hele landet.\n\n");
        markdown.append("## Nationale projekter\n\n");
        if (report.projects().isEmpty()) {
            markdown.append("Ingen nationale projekter.\n");
        } else {
            markdown.append("| Projekt | Status | Kredse med pilotkommuner ved årets udgang |\n|---|---|---|\n");
            report.projects().forEach(project -> markdown.append("| ").append(project.name()).append(" | ")
                    .append(project.statusLabel()).append(" | ")
                    .append(project.pilotDistricts().isEmpty() ? "–" : String.join(", ", project.pilotDistricts()))
                    .append(" |\n"));
        }
        return markdown.toString();
    }

    private static void chapter(StringBuilder markdown, String title, DistrictChapter chapter, int year, String atTheEnd) {
        markdown.append("## ").append(title).append("\n\n");
        ActivityTotals end = chapter.atYearEnd();
        List<String> lines = new ArrayList<>();
        lines.add("I " + year + " registrerede kommunerne " + count(chapter.initiativesRegistered(), "ny indsats", "nye indsatser")
                + "; " + atTheEnd + " var der " + count(end.initiatives().initiatives(), "indsats", "indsatser") + " i alt"
                + statuses(end.initiatives().byStatus()) + ".");
        if (end.budget().planned() > 0) {
            lines.add("Godkendte budgetter: " + kroner(end.budget().planned()) + ", heraf forbrugt ved afsluttede indsatser "
                    + kroner(end.budget().actual()));
        }
        lines.add(end.actionPlans().withCurrentAdoptedPlan() + " af " + end.actionPlans().municipalities()
                + " kommuner havde en vedtaget handleplan, der dækker året.");
        lines.add("Kommunerne rejste " + count(chapter.concerns().raised(), "bekymring", "bekymringer") + " og eskalerede "
                + chapter.concerns().escalated() + (chapter.code().isEmpty() ? "" : "; " + chapter.concerns().escalatedToDistrict()
                + " blev eskaleret til kredsen") + ". " + capitalised(atTheEnd) + " var " + chapter.concerns().open() + " åbne.");
        lines.add(chapter.gatherings().heldInAll() == 0 && chapter.gatherings().participants() == 0
                ? "Der blev ikke holdt kurser, temadage, webinarer eller årsmøder i kredsen."
                : "Der blev holdt " + gatherings(chapter.gatherings()) + ", og " + chapter.gatherings().participants()
                + " deltagere kom fra kommunerne.");
        lines.add(chapter.pilotMunicipalities() == 0 ? "Ingen kommuner var pilotkommuner i nationale projekter."
                : count(chapter.pilotMunicipalities(), "kommune var pilotkommune", "kommuner var pilotkommuner")
                + " i nationale projekter: " + String.join(", ", chapter.pilotProjects()) + ".");
        lines.forEach(line -> markdown.append("- ").append(line).append('\n'));
        markdown.append('\n');
    }

    private static String statuses(Map<InitiativeStatus, Long> byStatus) {
        List<String> parts = new ArrayList<>();
        byStatus.forEach((status, count) -> {
            if (count > 0) {
                parts.add(count + " " + status.label());
            }
        });
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static String gatherings(GatheringFigures figures) {
        List<String> parts = new ArrayList<>();
        figures.held().forEach((kind, count) -> {
            if (count > 0) {
                parts.add(count + " " + plural(kind, count));
            }
        });
        if (parts.isEmpty()) {
            return "ingen arrangementer";
        }
        String last = parts.remove(parts.size() - 1);
        return parts.isEmpty() ? last : String.join(", ", parts) + " og " + last;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String plural(GatheringKind kind, long count) {
        if (count == 1) {
            return kind.label();
        }
        return switch (kind) {
            case COURSE -> "kurser";
            case THEME_DAY -> "temadage";
            case WEBINAR -> "webinarer";
            case ANNUAL_MEETING -> "årsmøder";
        };
    }

    private static String count(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    private static String kroner(long amount) {
        return NumberFormat.getIntegerInstance(DANISH).format(amount) + " kr.";
    }
}
