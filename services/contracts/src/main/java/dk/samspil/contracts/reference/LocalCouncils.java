package dk.samspil.contracts.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which local councils there are and which municipalities each covers. The default is one per municipality
 * ({@code /reference/local-councils.csv}); a deployment may load another table of the same form. Loading fails unless
 * every municipality is covered by exactly one local council and each council lies within one police district.
 */
public final class LocalCouncils {

    private static final String DEFAULT_RESOURCE = "/reference/local-councils.csv";

    private static final LocalCouncils DEFAULTS = read(LocalCouncils.class.getResourceAsStream(DEFAULT_RESOURCE),
            DEFAULT_RESOURCE);

    private final Map<String, LocalCouncil> byId;
    private final Map<String, LocalCouncil> byMunicipality;

    private LocalCouncils(Map<String, LocalCouncil> byId, Map<String, LocalCouncil> byMunicipality) {
        this.byId = byId;
        this.byMunicipality = byMunicipality;
    }

    public static LocalCouncils defaults() {
        return DEFAULTS;
    }

    /** Reads a table of the default's form ({@code id;name;kommunekoder}); {@code origin} names it in errors. */
    public static LocalCouncils read(InputStream table, String origin) {
        if (table == null) {
            throw new IllegalStateException("Missing local council table " + origin);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(table, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split(";", -1);
                if (row.length != 3) {
                    throw new IllegalStateException("Malformed local council line in " + origin + ": " + line);
                }
                rows.add(row);
            }
            return fromRows(rows, ReferenceData.instance());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LocalCouncils fromRows(List<String[]> rows, ReferenceData reference) {
        Map<String, LocalCouncil> byId = new LinkedHashMap<>();
        Map<String, LocalCouncil> byMunicipality = new LinkedHashMap<>();
        for (String[] row : rows) {
            List<String> codes = Arrays.stream(row[2].split(",")).map(String::trim)
                    .map(ReferenceData::normaliseKommunekode).toList();
            List<String> districts = codes.stream().map(code -> reference.municipality(code).districtCode()).distinct().toList();
            if (districts.size() != 1) {
                throw new IllegalStateException("Lokalråd " + row[0] + " covers municipalities in more than one police district: "
                        + districts);
            }
            LocalCouncil council = new LocalCouncil(row[0].trim(), row[1].trim(), districts.get(0), codes);
            if (byId.putIfAbsent(council.id(), council) != null) {
                throw new IllegalStateException("Lokalråd " + council.id() + " is listed twice");
            }
            for (String code : codes) {
                LocalCouncil other = byMunicipality.putIfAbsent(code, council);
                if (other != null) {
                    throw new IllegalStateException("Kommune " + code + " is covered by lokalråd " + other.id() + " and "
                            + council.id() + "; it must be covered by exactly one");
                }
            }
        }
        List<String> uncovered = reference.municipalities().stream().map(Municipality::code)
                .filter(code -> !byMunicipality.containsKey(code)).toList();
        if (!uncovered.isEmpty()) {
            throw new IllegalStateException("No lokalråd covers kommune " + uncovered);
        }
        return new LocalCouncils(Collections.unmodifiableMap(byId), Collections.unmodifiableMap(byMunicipality));
    }

    public Collection<LocalCouncil> all() {
        return byId.values();
    }

    public LocalCouncil byId(String id) {
        return find(id).orElseThrow(() -> new UnknownLocalCouncilException(id));
    }

    public Optional<LocalCouncil> find(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    /** The local council that covers the municipality (either code form, {@code 336} or {@code 0336}). */
    public LocalCouncil covering(String kommunekode) {
        return byMunicipality.get(ReferenceData.instance().municipality(kommunekode).code());
    }

    public List<LocalCouncil> inDistrict(String districtCode) {
        return byId.values().stream().filter(council -> council.districtCode().equals(districtCode)).toList();
    }
}
