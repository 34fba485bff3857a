package dk.samspil.municipality.initiative.command;

/** What a budget line (named by its heading) actually cost, in whole kroner, at the final accounts. */
public record ActualAmount(String heading, Long amount) {
}
