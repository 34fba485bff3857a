package dk.samspil.nationalassociation.overview.web;

import dk.samspil.contracts.national.GatheringKind;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The Danish labels of the gathering kinds the national picture counts by. */
public record PictureLabels(Map<GatheringKind, String> gatheringKindLabels) {

    public static final PictureLabels DANISH = new PictureLabels(labels());

    private static Map<GatheringKind, String> labels() {
        Map<GatheringKind, String> labels = new EnumMap<>(GatheringKind.class);
        Arrays.stream(GatheringKind.values()).forEach(kind -> labels.put(kind, kind.label()));
        return Collections.unmodifiableMap(labels);
    }
}
