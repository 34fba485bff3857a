package dk.samspil.municipality.similar.query;

import dk.samspil.contracts.municipality.InitiativeApplicationRevised;
import dk.samspil.contracts.municipality.InitiativeRegistered;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.KnowledgeBasedMethod;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.contracts.municipality.TargetGroup;
import org.bson.Document;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** The part of an initiative's application the search reads: what it is found by and what a hit shows. */
record SearchableApplication(String name, PreventionLevel preventionLevel, InitiativeScope scope, LocalDate startDate,
                             LocalDate endDate, List<String> themes, Integer targetAgeFrom, Integer targetAgeTo,
                             List<TargetGroup> targetGroups, List<String> goals, List<KnowledgeBasedMethod> methods) {

    SearchableApplication {
        themes = orEmpty(themes);
        targetGroups = orEmpty(targetGroups);
        goals = orEmpty(goals);
        methods = orEmpty(methods);
    }

    static SearchableApplication of(InitiativeRegistered event) {
        return new SearchableApplication(event.name(), event.preventionLevel(), event.scope(), event.startDate(),
                event.endDate(), event.themes(), event.targetAgeFrom(), event.targetAgeTo(), event.targetGroups(),
                event.goals(), event.methods());
    }

    static SearchableApplication of(InitiativeApplicationRevised event) {
        return new SearchableApplication(event.name(), event.preventionLevel(), event.scope(), event.startDate(),
                event.endDate(), event.themes(), event.targetAgeFrom(), event.targetAgeTo(), event.targetGroups(),
                event.goals(), event.methods());
    }

    /**
     * The ids of the index terms the initiative is listed under. A theme's words are words too: a consultant who types
     * "nikotin" means the initiatives about nikotin, whether the word is in a goal or only in a theme.
     */
    Set<String> termIds() {
        Set<String> ids = new LinkedHashSet<>();
        Stream.of(Stream.of(Stream.of(name), goals.stream(), themes.stream()).flatMap(text -> text)
                                .filter(Objects::nonNull).flatMap(Term::words),
                        themes.stream().filter(Objects::nonNull).flatMap(Term::theme),
                        targetGroups.stream().map(Term::targetGroup),
                        methods.stream().map(Term::method))
                .flatMap(terms -> terms)
                .forEach(term -> ids.add(term.id()));
        return ids;
    }

    /** The fields a hit shows, as they are stored in the initiative's document. */
    Document toDocument() {
        return new Document("name", name)
                .append("preventionLevel", nameOf(preventionLevel))
                .append("scope", nameOf(scope))
                .append("startDate", startDate == null ? null : startDate.toString())
                .append("endDate", endDate == null ? null : endDate.toString())
                .append("themes", themes)
                .append("targetAgeFrom", targetAgeFrom)
                .append("targetAgeTo", targetAgeTo)
                .append("targetGroups", targetGroups.stream().map(Enum::name).toList())
                .append("methods", methods.stream().map(Enum::name).toList());
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
