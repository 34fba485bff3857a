package dk.samspil.local.demo;

import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.PoliceDistrict;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.UnknownMunicipalityException;
import dk.samspil.local.LocalStackException;
import dk.samspil.local.tokens.OrganisationTokens;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * {@code ./samspil demo}: fills a running system, through the public API, with realistic data for all 98
 * municipalities: a funding pool, a two-year action plan and a handful of initiatives in every state each. Then each
 * police district's coordination: subscriptions, concerns across borders, the council's priorities, cooperation plan,
 * meeting and decision, its local councils' activities and reports, and a theme day held and a course planned in it.
 * Then a national project with pilot municipalities in three districts and the annual meeting. A municipality that
 * already has this year's pool, a district that already published its cooperation plan, and a national project that
 * exists already are left as they are: running it twice adds nothing.
 */
public final class DemoData {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
    private static final MonthDay RECEIPTS_DUE = MonthDay.of(12, 15);

    private final SamspilApi api;
    private final LocalDate today;
    private final int poolYear;

    DemoData(SamspilApi api, LocalDate today) {
        this.api = api;
        this.today = today;
        this.poolYear = today.isAfter(RECEIPTS_DUE.atYear(today.getYear())) ? today.getYear() + 1 : today.getYear();
    }

    /**
     * Arguments: {@code [--url http://localhost:8080] [--issuer http://localhost:9000] [--only 0336,0101] [--threads 4]};
     * the issuer is the identity provider the demo client gets its tokens from.
     */
    public static int run(List<String> arguments, String defaultUrl, String defaultIssuer) throws InterruptedException {
        DemoOptions options = DemoOptions.parse(arguments, defaultUrl, defaultIssuer);
        DemoData demo = new DemoData(new SamspilApi(options.url(), new OrganisationTokens(options.issuer())),
                LocalDate.now(DENMARK));
        return demo.fill(options.municipalities(), options.threads());
    }

    int fill(List<Municipality> municipalities, int threads) throws InterruptedException {
        System.out.printf("Fylder demodata i %s: %d kommuner, puljeår %d%n", api.baseUrl(), municipalities.size(), poolYear);
        AtomicInteger done = new AtomicInteger();
        List<Future<MunicipalityFilled>> results = new ArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            for (Municipality municipality : municipalities) {
                results.add(workers.submit(() -> {
                    MunicipalityFilled filled = fillOne(municipality);
                    System.out.printf("[%2d/%d] %s%n", done.incrementAndGet(), municipalities.size(), filled);
                    return filled;
                }));
            }
            int municipalityFailures = summarise(results);
            int districtFailures = fillDistricts(districtsOf(municipalities));
            return Math.max(Math.max(municipalityFailures, districtFailures), fillNational());
        } finally {
            workers.shutdownNow();
        }
    }

    /** The districts one after the other: each district's story takes its local councils' decisions over Kafka. */
    private int fillDistricts(List<PoliceDistrict> districts) {
        int failures = 0;
        for (PoliceDistrict district : districts) {
            DistrictDemo demo = new DistrictDemo(api, district, today);
            try {
                System.out.println(demo.alreadyFilled()
                        ? district.code() + " " + district.name() + ": har allerede demodata, springes over"
                        : demo.fill());
            } catch (DemoDataException e) {
                failures++;
                System.out.println("  FEJL: " + district.code() + " " + district.name() + ": " + e.getMessage());
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private int fillNational() {
        NationalDemo demo = new NationalDemo(api, today);
        try {
            System.out.println(demo.alreadyFilled() ? "Landsplan: har allerede demodata, springes over" : demo.fill());
            return 0;
        } catch (DemoDataException e) {
            System.out.println("  FEJL: landsplan: " + e.getMessage());
            return 1;
        }
    }

    private static List<PoliceDistrict> districtsOf(List<Municipality> municipalities) {
        ReferenceData reference = ReferenceData.instance();
        return municipalities.stream().map(Municipality::districtCode).distinct().map(reference::district).toList();
    }

    private MunicipalityFilled fillOne(Municipality municipality) {
        if (api.get("/api/municipalities/" + municipality.code() + "/funding-pools/" + poolYear).status() == 200) {
            return MunicipalityFilled.skipped(municipality);
        }
        return new MunicipalityDemo(api, municipality, today, poolYear).fill();
    }

    private static int summarise(List<Future<MunicipalityFilled>> results) throws InterruptedException {
        int initiatives = 0;
        int skipped = 0;
        List<String> failures = new ArrayList<>();
        for (Future<MunicipalityFilled> result : results) {
            try {
                MunicipalityFilled filled = result.get();
                initiatives += filled.initiatives();
                skipped += filled.skipped() ? 1 : 0;
            } catch (ExecutionException e) {
                failures.add(e.getCause().getMessage());
            }
        }
        System.out.printf("Færdig: %d indsatser oprettet, %d kommuner havde allerede data, %d fejl%n",
                initiatives, skipped, failures.size());
        failures.forEach(failure -> System.out.println("  FEJL: " + failure));
        return failures.isEmpty() ? 0 : 1;
    }

    record DemoOptions(String url, String issuer, List<Municipality> municipalities, int threads) {

        static DemoOptions parse(List<String> arguments, String defaultUrl, String defaultIssuer) {
            String url = defaultUrl;
            String issuer = defaultIssuer;
            List<Municipality> municipalities = List.copyOf(ReferenceData.instance().municipalities());
            int threads = 4;
            for (int i = 0; i < arguments.size(); i += 2) {
                String name = arguments.get(i);
                if (i + 1 >= arguments.size()) {
                    throw new LocalStackException(name + " mangler en værdi");
                }
                String value = arguments.get(i + 1);
                switch (name) {
                    case "--url" -> url = value;
                    case "--issuer" -> issuer = value;
                    case "--only" -> municipalities = municipalities(value);
                    case "--threads" -> threads = Integer.parseInt(value);
                    default -> throw new LocalStackException("Ukendt argument til demo: " + name);
                }
            }
            return new DemoOptions(url, issuer, municipalities, threads);
        }

        private static List<Municipality> municipalities(String codes) {
            try {
                return Stream.of(codes.split(",")).map(code -> ReferenceData.instance().municipality(code.strip())).toList();
            } catch (UnknownMunicipalityException e) {
                throw new LocalStackException(e.getMessage());
            }
        }
    }
}
