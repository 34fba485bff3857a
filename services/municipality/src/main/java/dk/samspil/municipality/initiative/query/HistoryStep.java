package dk.samspil.municipality.initiative.query;

import java.time.LocalDate;

/** One step of an initiative's life: what happened ({@code step} in English, {@code label} in Danish), when, and why. */
public record HistoryStep(String step, String label, LocalDate date, String note) {
}
