package dk.samspil.platform.activity;

import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.PreventionLevel;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/** The Danish labels of the codes the dashboards count by, for the user interface to show. */
public record Labels(Map<InitiativeStatus, String> statusLabels, Map<PreventionLevel, String> preventionLevelLabels,
                     Map<InitiativeScope, String> scopeLabels) {

    public static final Labels DANISH = new Labels(labels(InitiativeStatus.class, InitiativeStatus::label),
            labels(PreventionLevel.class, PreventionLevel::label), labels(InitiativeScope.class, InitiativeScope::label));

    private static <E extends Enum<E>> Map<E, String> labels(Class<E> type, Function<E, String> label) {
        Map<E, String> labels = new EnumMap<>(type);
        Arrays.stream(type.getEnumConstants()).forEach(constant -> labels.put(constant, label.apply(constant)));
        return Collections.unmodifiableMap(labels);
    }
}
