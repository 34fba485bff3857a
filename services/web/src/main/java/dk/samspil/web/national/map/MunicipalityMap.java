package dk.samspil.web.national.map;

import dk.samspil.contracts.reference.ReferenceData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The map of Denmark's 98 municipalities and 12 police districts as SVG paths, built once from the DAGI boundaries
 * in {@code map/} (see its README for source and credit). Bornholm lies far to the east; it is drawn at the same scale
 * in a framed inset in the upper right corner, over open sea, so the rest of the country fills the height.
 */
@Component
public class MunicipalityMap {

    private static final String BORNHOLM = "0400";
    private static final double HEIGHT = 480;
    private static final double MAX_WIDTH = 600;
    private static final double MARGIN = 8;
    private static final double INSET_PADDING = 6;

    private static final Logger log = LoggerFactory.getLogger(MunicipalityMap.class);

    private final String viewBox;
    private final InsetFrame bornholmInset;
    private final Map<String, String> municipalityPaths;
    private final Map<String, String> districtOutlines;

    public MunicipalityMap() {
        this(resource("map/kommuner.topojson"), resource("map/politikredse.topojson"));
    }

    MunicipalityMap(byte[] municipalityTopology, byte[] districtTopology) {
        long started = System.nanoTime();
        ReferenceData reference = ReferenceData.instance();
        Map<String, List<List<Point>>> municipalities =
                projected(DagiShapes.municipalities(TopoJson.features(municipalityTopology), reference));
        Map<String, List<List<Point>>> districts =
                projected(DagiShapes.districts(TopoJson.features(districtTopology), reference));
        String bornholmDistrict = reference.districtOf(BORNHOLM).code();

        Bounds mainland = Bounds.of(allRingsExcept(municipalities, BORNHOLM, districts, bornholmDistrict));
        double scale = Math.min((MAX_WIDTH - 2 * MARGIN) / mainland.width(), (HEIGHT - 2 * MARGIN) / mainland.height());
        double width = Math.ceil(mainland.width() * scale + 2 * MARGIN);
        PlaneFit mainFit = PlaneFit.placing(mainland, scale, MARGIN, MARGIN);

        Bounds bornholm = Bounds.of(municipalities.get(BORNHOLM));
        double insetWidth = tenth(bornholm.width() * scale + 2 * INSET_PADDING);
        double insetHeight = tenth(bornholm.height() * scale + 2 * INSET_PADDING);
        this.bornholmInset = new InsetFrame(width - MARGIN - insetWidth, MARGIN, insetWidth, insetHeight);
        PlaneFit insetFit = PlaneFit.placing(bornholm, scale,
                bornholmInset.x() + INSET_PADDING, bornholmInset.y() + INSET_PADDING);

        this.viewBox = "0 0 " + (long) width + " " + (long) HEIGHT;
        this.municipalityPaths = paths(municipalities, code -> code.equals(BORNHOLM) ? insetFit : mainFit);
        this.districtOutlines = paths(districts, code -> code.equals(bornholmDistrict) ? insetFit : mainFit);
        log.info("Municipality map built in {} ms: {} municipalities, {} police districts, viewBox {}",
                (System.nanoTime() - started) / 1_000_000, municipalityPaths.size(), districtOutlines.size(), viewBox);
    }

    /** The SVG viewBox, {@code "0 0 <width> 480"}; every path lies inside it. */
    public String viewBox() {
        return viewBox;
    }

    /** Where Bornholm is drawn. */
    public InsetFrame bornholmInset() {
        return bornholmInset;
    }

    /** One SVG path per municipality (all its islands), by 4-digit kommunekode, in the reference data's order. */
    public Map<String, String> municipalityPaths() {
        return municipalityPaths;
    }

    /** One SVG outline path per police district, by politikredskode (1460–1471), in the reference data's order. */
    public Map<String, String> districtOutlines() {
        return districtOutlines;
    }

    private static Map<String, List<List<Point>>> projected(Map<String, List<List<Point>>> ringsByCode) {
        Map<String, List<List<Point>>> projected = new LinkedHashMap<>();
        ringsByCode.forEach((code, rings) -> projected.put(code,
                rings.stream().map(ring -> ring.stream().map(Projection::project).toList()).toList()));
        return projected;
    }

    private static List<List<Point>> allRingsExcept(Map<String, List<List<Point>>> municipalities, String municipality,
            Map<String, List<List<Point>>> districts, String district) {
        List<List<Point>> rings = new ArrayList<>();
        municipalities.forEach((code, municipalityRings) -> {
            if (!code.equals(municipality)) {
                rings.addAll(municipalityRings);
            }
        });
        districts.forEach((code, districtRings) -> {
            if (!code.equals(district)) {
                rings.addAll(districtRings);
            }
        });
        return rings;
    }

    private static Map<String, String> paths(Map<String, List<List<Point>>> ringsByCode,
            Function<String, PlaneFit> fitFor) {
        Map<String, String> paths = new LinkedHashMap<>();
        ringsByCode.forEach((code, rings) -> paths.put(code, SvgPath.of(fitFor.apply(code).apply(rings))));
        return Collections.unmodifiableMap(paths);
    }

    private static double tenth(double value) {
        return Math.ceil(value * 10) / 10;
    }

    private static byte[] resource(String name) {
        try (InputStream in = MunicipalityMap.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing map data on the classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
