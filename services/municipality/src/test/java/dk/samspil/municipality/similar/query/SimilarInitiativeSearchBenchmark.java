package dk.samspil.municipality.similar.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.KnowledgeBasedMethod;
import dk.samspil.contracts.municipality.TargetGroup;
import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.municipality.similar.SimilarInitiativeEvents;
import dk.samspil.municipality.similar.SimilarInitiativeEvents.Application;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast the similar-initiative search answers: {@value #INITIATIVES} initiatives from all 98 municipalities, with
 * Danish names, goals and themes, fed through the projection into mongo-java-server, then {@value #QUERIES} queries
 * (text only, themes and method, everything at once) after {@value #WARM_UP} for warming up. Prints p50, p95, p99
 * and max of the search's own latency (projection reads over the Mongo wire protocol, no HTTP), once with the memory
 * backend the tests use and once with the H2 backend over an MVStore file, as the local launcher runs it. Goal: under
 * 50 ms. It asserts no timing; it is tagged {@code benchmark} and so left out of the normal test run. Run it with
 * <pre>
 * ./mvnw -o -pl services/municipality -am test -Dgroups=benchmark -Dsurefire.excludedGroups= \
 *     -Dtest=SimilarInitiativeSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * and read the figures in the module's {@code target/surefire-reports/…SimilarInitiativeSearchBenchmark-output.txt}.
 */
@Tag("benchmark")
class SimilarInitiativeSearchBenchmark {

    private static final int INITIATIVES = 500;
    private static final int WARM_UP = 300;
    private static final int QUERIES = 2_000;

    private static final List<String> ACTIVITIES = List.of("Forældrenetværk", "Natteravne", "Tryghedsvandringer",
            "Unge mentorer", "Sociale normer", "Gadeplansarbejde", "Fritidsjob til udsatte unge", "Mentorordning",
            "Bekymringssamtaler med forældre", "Digital dannelse", "Rusmiddelforebyggelse", "Gruppescreening",
            "Konfliktmægling", "Exitforløb for bandemedlemmer", "Nattevagt i weekenden", "Pigegrupper",
            "Drengegrupper", "Klubtilbud om aftenen", "Forældremøder om alkohol", "Kriminalpræventiv undervisning");
    private static final List<String> PLACES = List.of("på skolerne", "i udskolingen", "i nattelivet",
            "på ungdomsuddannelserne", "i boligområdet", "i klubberne", "på biblioteket", "ved stationen",
            "i sommerferien", "på sociale medier");
    private static final List<String> GOALS = List.of(
            "Færre unge drikker sig fulde før de fylder 16 år",
            "Forældrene kender hinanden og aftaler fælles regler for fester",
            "De unge ved at de fleste jævnaldrende ikke ryger hash",
            "Flere unge i målgruppen har et fritidsjob eller en fritidsaktivitet",
            "Færre anmeldelser af hærværk og indbrud i boligområdet",
            "Skolerne opdager bekymrende adfærd tidligt og handler på den",
            "Unge i risiko for kriminalitet får en voksen at tale med",
            "Eleverne kan genkende grooming, deling af billeder og online-had",
            "Konflikter mellem grupper af unge løses før de bliver til vold",
            "Færre unge rekrutteres til bander og kriminelle netværk",
            "Tryggere natteliv med voksne til stede fredag og lørdag",
            "Politiet, skolen og socialforvaltningen deler viden om de unges situation",
            "Forældre til unge med bekymrende adfærd får råd og støtte",
            "Unge får kendskab til konsekvenserne af at bære kniv",
            "Pigerne oplever større trivsel og tryghed i klubben");
    private static final List<String> THEMES = List.of("Alkohol", "Hash", "Rusmidler", "Natteliv", "Mobning",
            "Online-had", "Digital dannelse", "Bander", "Våben", "Hærværk", "Trivsel", "Skolefravær", "Fritid",
            "Forældresamarbejde", "Radikalisering", "Nikotinprodukter", "Vold", "Tryghed", "Boligområder",
            "Ungdomskriminalitet");
    private static final List<String> QUERY_TEXTS = List.of("forældre og alkohol til fester",
            "unge der ryger hash", "tryghed i nattelivet", "mentorer til unge i risiko for kriminalitet",
            "online-had og deling af billeder", "bander og rekruttering", "fritidsjob til unge i boligområdet",
            "konfliktmægling mellem grupper af unge", "kniv og våben", "pigegrupper i klubben",
            "skolefravær og trivsel", "natteravne i weekenden", "forældremøder", "gadeplansarbejde ved stationen");

    @Test
    void prints_the_search_latency_on_both_mongo_java_server_backends() throws IOException {
        measure("mongo-java-server, memory backend", MemoryBackend::new);
        Path store = Files.createTempFile("similar-benchmark", ".mv");
        try {
            measure("mongo-java-server, H2 backend (MVStore file)", () -> new H2Backend(store.toString()));
        } finally {
            Files.deleteIfExists(store);
        }
    }

    private static void measure(String backendName, Supplier<MongoBackend> backend) {
        MongoServer server = new MongoServer(backend.get());
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoDatabase database = client.getDatabase("similar-benchmark");
            Random random = new Random(3);
            long loadStart = System.nanoTime();
            load(new SimilarInitiativeProjection(database), random);
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            long terms = database.getCollection(SimilarInitiativeProjection.TERMS).countDocuments();

            SimilarInitiativeSearch search = new SimilarInitiativeSearch(database);
            for (int i = 0; i < WARM_UP; i++) {
                search.handle(query(random, i));
            }
            long[] nanos = new long[QUERIES];
            long hits = 0;
            for (int i = 0; i < QUERIES; i++) {
                FindSimilarInitiativesQuery query = query(random, i);
                long start = System.nanoTime();
                hits += search.handle(query).hits().size();
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "%s: %d initiatives, %d index terms, loaded in %.1f s (%.0f events/s)%n",
                    backendName, INITIATIVES, terms, loadSeconds, INITIATIVES / loadSeconds);
            System.out.printf(Locale.ROOT, "%s: %d queries, %.1f hits each; latency p50 %.2f ms, p95 %.2f ms, "
                            + "p99 %.2f ms, max %.2f ms%n", backendName, QUERIES, (double) hits / QUERIES,
                    millis(nanos, 0.50), millis(nanos, 0.95), millis(nanos, 0.99), nanos[QUERIES - 1] / 1e6);
            assertThat(hits).isPositive();
        } finally {
            server.shutdownNow();
        }
    }

    private static void load(SimilarInitiativeProjection projection, Random random) {
        List<Municipality> municipalities = List.copyOf(ReferenceData.instance().municipalities());
        InitiativeStatus[] statuses = InitiativeStatus.values();
        for (int i = 0; i < INITIATIVES; i++) {
            Municipality municipality = municipalities.get(i % municipalities.size());
            String name = pick(random, ACTIVITIES) + " " + pick(random, PLACES) + " i " + municipality.name();
            Application application = new Application(name, some(random, GOALS, 1, 3), some(random, THEMES, 1, 3),
                    some(random, List.of(TargetGroup.values()), 1, 2),
                    some(random, List.of(KnowledgeBasedMethod.values()), 0, 2));
            projection.apply(SimilarInitiativeEvents.registered("bench-" + i, municipality.code(), application,
                    statuses[random.nextInt(statuses.length)]));
        }
    }

    private static FindSimilarInitiativesQuery query(Random random, int i) {
        KnowledgeBasedMethod method = pick(random, List.of(KnowledgeBasedMethod.values()));
        return switch (i % 3) {
            case 0 -> new FindSimilarInitiativesQuery(pick(random, QUERY_TEXTS), List.of(), null, null, 10);
            case 1 -> new FindSimilarInitiativesQuery(null, some(random, THEMES, 1, 2), null, method, 10);
            default -> new FindSimilarInitiativesQuery(pick(random, QUERY_TEXTS), some(random, THEMES, 1, 2),
                    TargetGroup.CHILDREN_AND_YOUNG_PEOPLE, method, 10);
        };
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> List<T> some(Random random, List<T> values, int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        LinkedHashSet<T> picked = new LinkedHashSet<>();
        while (picked.size() < count) {
            picked.add(pick(random, values));
        }
        return new ArrayList<>(picked);
    }

    private static double millis(long[] sortedNanos, double percentile) {
        return sortedNanos[(int) Math.ceil(percentile * sortedNanos.length) - 1] / 1e6;
    }
}
