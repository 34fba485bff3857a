package dk.samspil.local.chaos;

import dk.samspil.local.Durations;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The suite's figures: commands sent and acknowledged, where acknowledged commands are missing or counted twice (event
 * store, Kafka, each read model), the recovery time of every fault, and the verdict.
 *
 * @param missingFromEventStore acknowledged commands whose event is not in the event store
 * @param storedTwice           acknowledged commands whose event is in the event store more than once
 * @param appliedUnacknowledged events in the event store of commands whose client got no 2xx (allowed: the answer
 *                              was lost, not the change)
 * @param unpublished           events in the event store that are not on Kafka
 * @param publishedAgain        events on Kafka more than once (allowed: publishing is at-least-once and every consumer
 *                              applies an event once)
 * @param phantoms              events on Kafka that the event store does not have: it lost them after they were
 *                              published, and the read models count them
 */
record ChaosReport(List<SentCommand> commands, List<FaultInjector.Recovery> recoveries, Verification.Result verification,
                   List<SentCommand> missingFromEventStore, long storedTwice, long appliedUnacknowledged,
                   List<StoredEvent> unpublished, long publishedAgain, List<PublishedEvent> phantoms,
                   Verification.Result afterRebuild) {

    private static final int SHOWN = 10;

    static ChaosReport of(List<SentCommand> commands, List<FaultInjector.Recovery> recoveries,
                          Verification.Result verification) {
        Verification.State state = verification.state();
        List<StoredEvent> events = state == null ? List.of() : state.events();
        Map<String, Long> stored = events.stream().collect(Collectors.groupingBy(ChaosReport::key, Collectors.counting()));
        List<SentCommand> acknowledged = commands.stream().filter(SentCommand::acknowledged).toList();
        Set<String> acknowledgedEvents = new HashSet<>();
        acknowledged.forEach(command -> acknowledgedEvents.add(key(command)));
        return new ChaosReport(commands, recoveries, verification,
                acknowledged.stream().filter(command -> !stored.containsKey(key(command))).toList(),
                acknowledged.stream().mapToLong(command -> Math.max(0, stored.getOrDefault(key(command), 0L) - 1)).sum(),
                events.stream().filter(event -> !acknowledgedEvents.contains(key(event))).count(),
                state == null ? List.of() : events.stream()
                        .filter(event -> !state.published().containsKey(event.eventId())).toList(),
                state == null ? 0 : state.published().values().stream().filter(event -> event.copies() > 1).count(),
                state == null ? List.of() : state.phantoms(), null);
    }

    /** The same report, with whether every read model, rebuilt from scratch afterwards, agreed again. */
    ChaosReport withRebuild(Verification.Result rebuilt) {
        return new ChaosReport(commands, recoveries, verification, missingFromEventStore, storedTwice,
                appliedUnacknowledged, unpublished, publishedAgain, phantoms, rebuilt);
    }

    private static String key(SentCommand command) {
        return command.aggregateId() + " " + command.kind().event();
    }

    private static String key(StoredEvent event) {
        return event.aggregateId() + " " + event.payloadType();
    }

    long acknowledged() {
        return commands.stream().filter(SentCommand::acknowledged).count();
    }

    List<ReadModelSnapshot.Discrepancy> discrepancies() {
        return verification.state() == null ? List.of() : verification.state().discrepancies();
    }

    /** Acknowledged commands missing somewhere: in the event store, on Kafka, or in a read model. */
    long lost() {
        return missingFromEventStore.size() + unpublished.size() + sum(discrepancies(), ReadModelSnapshot.Discrepancy::missing);
    }

    long doubleCounted() {
        return storedTwice + sum(discrepancies(), ReadModelSnapshot.Discrepancy::surplus);
    }

    long wrongStatus() {
        return sum(discrepancies(), ReadModelSnapshot.Discrepancy::wrongStatus);
    }

    boolean allRecovered() {
        return recoveries.stream().allMatch(FaultInjector.Recovery::recovered);
    }

    boolean passed() {
        return verification.state() != null && lost() == 0 && doubleCounted() == 0 && wrongStatus() == 0
                && phantoms.isEmpty() && allRecovered() && (afterRebuild == null || afterRebuild.consistent());
    }

    void print(PrintStream out) {
        out.println();
        out.println("=== Samspil kaos ===");
        out.printf("kommandoer sendt                %6d  (%s)%n", commands.size(),
                breakdown(commands, SentCommand::kind, CommandKind::label, CommandKind.class));
        out.printf("kvitteret (2xx)                 %6d%n", acknowledged());
        List<SentCommand> unacknowledged = commands.stream().filter(command -> !command.acknowledged()).toList();
        out.printf("ikke kvitteret                  %6d  (%s; HTTP-status: %s)%n", unacknowledged.size(),
                breakdown(unacknowledged, SentCommand::outcome, Outcome::label, Outcome.class),
                unacknowledged.stream().filter(command -> command.status() > 0)
                        .collect(Collectors.groupingBy(SentCommand::status, TreeMap::new, Collectors.counting()))
                        .entrySet().stream().map(status -> status.getKey() + " " + status.getValue())
                        .collect(Collectors.joining(", ")));
        if (verification.state() == null) {
            out.println("event store, Kafka og læsemodeller kunne ikke læses inden fristen");
        } else {
            printEventStoreAndKafka(out);
            printReadModels(out);
        }
        out.println("genopretning efter kill -9 (til delen svarer igen / til hele platformen er klar):");
        for (FaultInjector.Recovery recovery : recoveries) {
            out.printf("  %-28s efter %4d kommandoer   %9s / %9s   %4d kommandoer imens%n", recovery.fault().label(),
                    recovery.afterCommands(), orNever(recovery.partBack()), orNever(recovery.stackReady()),
                    recovery.duringCommands());
        }
        if (afterRebuild != null) {
            out.println("genopbygget fra bunden: " + (afterRebuild.consistent() ? "stemmer igen efter " : "stemmer ikke efter ")
                    + Durations.seconds(afterRebuild.waited()));
        }
        out.printf("tabt                            %6d%n", lost());
        out.printf("talt dobbelt                    %6d%n", doubleCounted());
        out.printf("forkert status                  %6d%n", wrongStatus());
        out.printf("på Kafka, ikke i event store    %6d%n", phantoms.size());
        out.println(passed()
                ? "RESULTAT: OK: hver kvitteret kommando er i event store én gang, på Kafka og talt én gang i hver læsemodel"
                : "RESULTAT: FEJL: " + failures());
    }

    private void printEventStoreAndKafka(PrintStream out) {
        Verification.State state = verification.state();
        out.printf("event store                     %6d  hændelser for indsatser og bekymringer%n", state.events().size());
        out.printf("  kvitteret, men mangler        %6d%n", missingFromEventStore.size());
        missingFromEventStore.stream().limit(SHOWN).forEach(command -> out.printf("      #%d %s i %s: %s (på Kafka: %s)%n",
                command.number(), command.kind().label(), command.municipality(), command.aggregateId(),
                state.published().values().stream().anyMatch(event -> event.aggregateId().equals(command.aggregateId())
                        && command.kind().publishedAs(event.type())) ? "ja" : "nej"));
        out.printf("  kvitteret, gemt flere gange   %6d%n", storedTwice);
        out.printf("  udført uden kvittering        %6d  (klienten fik intet 2xx: svaret gik tabt, ikke ændringen)%n",
                appliedUnacknowledged);
        out.printf("Kafka: hændelser der mangler    %6d%n", unpublished.size());
        unpublished.stream().limit(SHOWN).forEach(event -> out.printf("      %s %s/%d (%s)%n", event.payloadType(),
                event.aggregateId(), event.sequence(), event.eventId()));
        out.printf("Kafka: udgivet mere end én gang %6d  (tilladt: udgivelsen er mindst én gang, og læsemodellerne tæller"
                + " en hændelse én gang)%n", publishedAgain);
        out.printf("Kafka: ikke i event store       %6d%n", phantoms.size());
        phantoms.stream().limit(SHOWN).forEach(event -> out.printf("      %s %s/%d (%s)%n", event.type(),
                event.aggregateId(), event.sequence(), event.id()));
    }

    private void printReadModels(PrintStream out) {
        out.println("læsemodeller (" + (verification.consistent() ? "stemte efter " : "stemte ikke efter ")
                + Durations.seconds(verification.waited()) + "):");
        for (ReadModel model : ReadModel.values()) {
            List<ReadModelSnapshot.Discrepancy> off = discrepancies().stream()
                    .filter(discrepancy -> discrepancy.scope().model() == model).toList();
            out.printf("  %-44s %s%n", model.label(), off.isEmpty() ? "stemmer"
                    : "tabt %d, talt dobbelt %d, forkert status %d".formatted(
                    sum(off, ReadModelSnapshot.Discrepancy::missing), sum(off, ReadModelSnapshot.Discrepancy::surplus),
                    sum(off, ReadModelSnapshot.Discrepancy::wrongStatus)));
            off.forEach(discrepancy -> out.printf("      %s: %s%n", discrepancy.scope().code(), discrepancy.detail()));
        }
    }

    private String failures() {
        StringBuilder failures = new StringBuilder();
        append(failures, verification.state() == null ? 1 : 0, "intet kunne læses");
        append(failures, lost(), "tabt");
        append(failures, doubleCounted(), "talt dobbelt");
        append(failures, wrongStatus(), "i forkert status");
        append(failures, phantoms.size(), "på Kafka, men ikke i event store");
        append(failures, recoveries.stream().filter(recovery -> !recovery.recovered()).count(), "kom ikke op igen");
        append(failures, afterRebuild != null && !afterRebuild.consistent() ? 1 : 0, "læsemodeller stemte ikke efter genopbygning");
        return failures.toString();
    }

    private static void append(StringBuilder failures, long count, String what) {
        if (count > 0) {
            failures.append(failures.isEmpty() ? "" : "; ").append(count).append(' ').append(what);
        }
    }

    private static String orNever(Duration duration) {
        return duration == null ? "aldrig" : Durations.seconds(duration);
    }

    private static long sum(Collection<ReadModelSnapshot.Discrepancy> discrepancies,
                            ToLongFunction<ReadModelSnapshot.Discrepancy> figure) {
        return discrepancies.stream().mapToLong(figure).sum();
    }

    private static <E extends Enum<E>> String breakdown(List<SentCommand> commands, Function<SentCommand, E> key,
                                                        Function<E, String> label, Class<E> type) {
        Map<E, Long> counts = new EnumMap<>(type);
        commands.forEach(command -> counts.merge(key.apply(command), 1L, Long::sum));
        return counts.entrySet().stream().map(entry -> label.apply(entry.getKey()) + " " + entry.getValue())
                .collect(Collectors.joining(", "));
    }
}
