package dk.samspil.contracts.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The twelve police districts and their 98 municipalities. Police districts follow municipal borders,
 * so loading fails unless every municipality belongs to exactly one district.
 */
public final class ReferenceData {

    private static final String RESOURCE = "/reference/police-districts.csv";
    private static final Pattern KOMMUNEKODE = Pattern.compile("\\d{3,4}");
    private static final String CHRISTIANSOE = "0411";

    private static final ReferenceData INSTANCE = fromRows(readRows());

    private final Map<String, PoliceDistrict> districts;
    private final Map<String, Municipality> municipalities;

    private ReferenceData(Map<String, PoliceDistrict> districts, Map<String, Municipality> municipalities) {
        this.districts = districts;
        this.municipalities = municipalities;
    }

    public static ReferenceData instance() {
        return INSTANCE;
    }

    public Collection<PoliceDistrict> districts() {
        return districts.values();
    }

    public Collection<Municipality> municipalities() {
        return municipalities.values();
    }

    /** Accepts the official 4-digit code ({@code 0101}) and the 3-digit form ({@code 101}). */
    public Municipality municipality(String kommunekode) {
        String code = normaliseKommunekode(kommunekode);
        if (CHRISTIANSOE.equals(code)) {
            throw new UnknownMunicipalityException(code, "0411 Christiansø er ikke en kommune");
        }
        Municipality municipality = municipalities.get(code);
        if (municipality == null) {
            throw new UnknownMunicipalityException(code, "Ukendt kommunekode: " + code);
        }
        return municipality;
    }

    /** The municipality, or empty for anything that is not a municipality's code. */
    public Optional<Municipality> findMunicipality(String kommunekode) {
        try {
            return Optional.of(municipality(kommunekode));
        } catch (UnknownMunicipalityException notAMunicipality) {
            return Optional.empty();
        }
    }

    public PoliceDistrict district(String politikredskode) {
        return findDistrict(politikredskode).orElseThrow(() -> new UnknownPoliceDistrictException(politikredskode));
    }

    public Optional<PoliceDistrict> findDistrict(String politikredskode) {
        return Optional.ofNullable(politikredskode).map(districts::get);
    }

    public PoliceDistrict districtOf(String kommunekode) {
        return districts.get(municipality(kommunekode).districtCode());
    }

    /** Returns the canonical 4-digit kommunekode, or throws if the input cannot be one. */
    public static String normaliseKommunekode(String kommunekode) {
        String trimmed = kommunekode == null ? "" : kommunekode.trim();
        if (!KOMMUNEKODE.matcher(trimmed).matches()) {
            throw new UnknownMunicipalityException(trimmed, "En kommunekode har 3 eller 4 cifre, fx 0101: " + trimmed);
        }
        return trimmed.length() == 3 ? "0" + trimmed : trimmed;
    }

    static ReferenceData fromRows(List<String[]> rows) {
        Map<String, String> districtNames = new LinkedHashMap<>();
        Map<String, List<Municipality>> byDistrict = new LinkedHashMap<>();
        Map<String, Municipality> municipalities = new LinkedHashMap<>();
        for (String[] row : rows) {
            String districtCode = row[0];
            Municipality municipality = new Municipality(row[2], row[3], districtCode);
            String previousName = districtNames.putIfAbsent(districtCode, row[1]);
            if (previousName != null && !previousName.equals(row[1])) {
                throw new IllegalStateException("Politikreds " + districtCode + " has two names: " + previousName + ", " + row[1]);
            }
            Municipality duplicate = municipalities.putIfAbsent(municipality.code(), municipality);
            if (duplicate != null) {
                throw new IllegalStateException("Kommune " + municipality.code() + " is listed in politikreds "
                        + duplicate.districtCode() + " and " + districtCode + "; it must be in exactly one");
            }
            byDistrict.computeIfAbsent(districtCode, code -> new ArrayList<>()).add(municipality);
        }
        Map<String, PoliceDistrict> districts = new LinkedHashMap<>();
        byDistrict.forEach((code, members) -> districts.put(code, new PoliceDistrict(code, districtNames.get(code), members)));
        return new ReferenceData(Collections.unmodifiableMap(districts), Collections.unmodifiableMap(municipalities));
    }

    private static List<String[]> readRows() {
        try (InputStream in = ReferenceData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference data " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split(";", -1);
                if (row.length != 4) {
                    throw new IllegalStateException("Malformed reference data line: " + line);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
