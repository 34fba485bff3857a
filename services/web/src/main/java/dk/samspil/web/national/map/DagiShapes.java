package dk.samspil.web.national.map;

import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.PoliceDistrict;
import dk.samspil.contracts.reference.ReferenceData;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Matches the DAGI boundary shapes to the reference data, which decides what is a municipality and which district it
 * belongs to. Missing shapes and unknown district names fail here, at start-up, rather than as a hole in the map.
 */
final class DagiShapes {

    private static final String KOMMUNEKODE = "KOMKODE";
    private static final String POLITIKREDS_NAME = "POLKR_NAVN";

    private DagiShapes() {
    }

    /** Rings by kommunekode, in the reference data's order. Christiansø (0411) is not a municipality and is left out. */
    static Map<String, List<List<Point>>> municipalities(List<TopoFeature> features, ReferenceData reference) {
        Map<String, List<List<Point>>> ringsByCode = new LinkedHashMap<>();
        for (TopoFeature feature : features) {
            reference.findMunicipality(feature.property(KOMMUNEKODE)).ifPresent(municipality -> ringsByCode
                    .computeIfAbsent(municipality.code(), code -> new ArrayList<>()).addAll(feature.rings()));
        }
        List<String> codes = reference.municipalities().stream().map(Municipality::code).toList();
        List<String> missing = codes.stream().filter(code -> !ringsByCode.containsKey(code)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The municipality map has no shape for kommunekode " + missing);
        }
        return inOrder(codes, ringsByCode);
    }

    /** Rings by politikredskode, in the reference data's order; the shapes name their district by its full name. */
    static Map<String, List<List<Point>>> districts(List<TopoFeature> features, ReferenceData reference) {
        Map<String, String> codeByName = reference.districts().stream()
                .collect(Collectors.toMap(PoliceDistrict::name, PoliceDistrict::code));
        Map<String, List<List<Point>>> ringsByCode = new LinkedHashMap<>();
        for (TopoFeature feature : features) {
            String name = feature.property(POLITIKREDS_NAME);
            String code = codeByName.get(name);
            if (code == null) {
                throw new IllegalStateException("The police district map names \"" + name
                        + "\", which is none of the reference data's districts " + codeByName.keySet());
            }
            ringsByCode.computeIfAbsent(code, key -> new ArrayList<>()).addAll(feature.rings());
        }
        List<String> codes = reference.districts().stream().map(PoliceDistrict::code).toList();
        List<String> missing = codes.stream().filter(code -> !ringsByCode.containsKey(code)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The police district map has no shape for politikredskode " + missing);
        }
        return inOrder(codes, ringsByCode);
    }

    private static Map<String, List<List<Point>>> inOrder(List<String> codes, Map<String, List<List<Point>>> ringsByCode) {
        return codes.stream().collect(Collectors.toMap(Function.identity(), ringsByCode::get, (a, b) -> a, LinkedHashMap::new));
    }
}
