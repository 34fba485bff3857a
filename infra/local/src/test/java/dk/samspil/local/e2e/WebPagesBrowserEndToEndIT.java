package dk.samspil.local.e2e;

import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.local.browser.Accessibility;
import dk.samspil.local.browser.PageScripts;
import dk.samspil.local.browser.RequiresBrowser;
import dk.samspil.local.browser.Screenshots;
import dk.samspil.local.browser.SignIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pages in a real browser, through the gateway's sign-in at the identity provider's login page: the district
 * council's and the national association's dashboards with demo data for Midt- og Vestsjællands Politi, the district
 * page following a change live, no token where a page script could read it, and no serious or critical accessibility
 * findings. The screenshots in the README are taken here.
 */
@RequiresBrowser
class WebPagesBrowserEndToEndIT extends BrowserEndToEnd {

    private static final String DISTRICT = "1467";
    private static final Duration LIVE = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INITIATIVE = """
            {"name": "Tryg i Store Heddinge", "preventionLevel": "CRIME_PREVENTIVE", "scope": "LOCAL",
             "startDate": "2027-01-01", "endDate": "2027-12-31", "themes": ["tryghed"],
             "targetAgeFrom": 13, "targetAgeTo": 18, "targetGroups": ["CHILDREN_AND_YOUNG_PEOPLE"],
             "goals": ["Færre unge i gruppen ved stationen"], "partners": ["POLICE", "SCHOOL"],
             "evaluationPlan": "Politiets døgnrapport før og efter", "knowledgeSharing": "Drejebogen deles",
             "coordinator": {"name": "Mette Sørensen", "email": "mette@stevns.dk", "phone": "56570000"},
             "localAreas": ["Store Heddinge"], "organisationalUnit": "SSP Stevns", "methods": ["PEER_TO_PEER"]}""";

    @BeforeAll
    void fillTheDistrictAndOpenABrowser() throws Exception {
        fillAndOpenABrowser(ReferenceData.instance().district(DISTRICT).municipalities().stream()
                .map(municipality -> municipality.code()).toList());
    }

    @Test
    @Order(1)
    void a_district_council_member_signs_in_and_sees_the_ten_municipalities_of_the_district() {
        SignIn.asDemoUser(browser, stack.gatewayUrl(), "district1467-member");

        assertThat(browser.title()).isEqualTo("Mit overblik – Samspil");
        assertThat(text("main")).contains("Goddag, Karin Vestergaard.", "Kredsrådets overblik");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        Screenshots.save(browser, "home");

        browser.driver().findElement(By.linkText("Kredsrådets overblik")).click();
        awaitCharts();

        assertThat(browser.currentUrl()).isEqualTo(stack.gatewayUrl() + "/kredse/" + DISTRICT);
        assertThat(texts("#kommuner tbody th")).containsExactly("Greve", "Holbæk", "Kalundborg", "Køge", "Lejre",
                "Odsherred", "Ringsted", "Roskilde", "Solrød", "Stevns");
        assertThat(texts("#kommuner thead th")).contains("Status", "Hyppigste temaer", "Puljen brugt", "Handleplan");
        assertThat(textContents("#graf-forebyggelsestrekant thead th"))
                .containsExactly("Kommune", "opbyggende", "forebyggende", "kriminalitetsforebyggende");
        assertThat(browser.driver().findElements(By.cssSelector("figure[data-chart] canvas"))).hasSize(4);
        assertThat(browser.driver().findElements(By.cssSelector("figure[data-chart] table"))).hasSize(4);
        assertThat(text("#graf-forebyggelsestrekant figcaption")).startsWith("Forebyggelsestrekanten pr. kommune");
        assertThat(text("main")).contains("Kredsrådets beslutninger", "Strategiske prioriteter", "Samarbejdsplan");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        Screenshots.save(browser, "district-dashboard");
    }

    @Test
    @Order(2)
    void no_token_is_where_a_page_script_could_read_it() {
        PageScripts visible = PageScripts.of(browser);

        assertThat(visible.jwts()).isEmpty();
        assertThat(visible.cookies()).doesNotContain("SAMSPIL_SESSION", "XSRF-TOKEN");
    }

    @Test
    @Order(3)
    void the_district_page_shows_an_initiative_registered_through_the_api_without_a_reload() throws Exception {
        long before = stevnsInitiatives();
        browser.script("document.documentElement.setAttribute('data-not-reloaded', 'yes')");

        long sent = System.nanoTime();
        HttpResponse<String> created = gateway.post("/api/municipalities/0336/initiatives", INITIATIVE);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        await().atMost(LIVE).pollInterval(Duration.ofMillis(20)).until(() -> stevnsInitiatives() == before + 1);
        long millis = (System.nanoTime() - sent) / 1_000_000;

        System.out.printf("Live opdatering: %d ms fra API-kaldet til ændringen på siden%n", millis);
        assertThat(browser.script("return document.documentElement.getAttribute('data-not-reloaded')")).isEqualTo("yes");
    }

    @Test
    @Order(4)
    void a_chosen_day_shows_the_figures_as_they_stood_then() {
        browser.open(stack.gatewayUrl() + "/kredse/" + DISTRICT + "?dato=2020-01-01");

        assertThat(text("#dato-fejl")).startsWith("Samspil har tal fra");
        assertThat(texts("#kommuner tbody th")).hasSize(10);
    }

    @Test
    @Order(5)
    void another_districts_page_is_closed_to_a_district_council_member_with_a_danish_page() {
        browser.open(stack.gatewayUrl() + "/kredse/1470");

        assertThat(text("h1")).isEqualTo("Du har ikke adgang til siden");
    }

    @Test
    @Order(6)
    void signing_out_ends_the_session_at_the_identity_provider_too() {
        browser.open(stack.gatewayUrl() + "/");
        SignIn.signOut(browser);

        browser.open(stack.gatewayUrl() + "/kredse/" + DISTRICT);
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.currentUrl().startsWith(stack.identityIssuer()));
        assertThat(text("h1")).isEqualTo("Log ind i Samspil");
    }

    @Test
    @Order(7)
    void the_national_secretariat_sees_the_twelve_districts_the_map_and_the_trends() {
        SignIn.asDemoUser(browser, stack.gatewayUrl(), "national-secretariat");
        browser.open(stack.gatewayUrl() + "/landet");
        awaitCharts();

        assertThat(texts("#kredse tbody th")).hasSize(12).contains("Midt- og Vestsjællands Politi", "Bornholms Politi");
        assertThat(browser.driver().findElements(By.cssSelector("svg path.map-area"))).hasSize(98);
        assertThat(texts(".map-layout__table tbody th")).hasSize(98).contains("Stevns", "Læsø");
        assertThat(text("main")).contains("Kort: Geodatastyrelsen, DAGI");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        Screenshots.save(browser, "national-overview");

        browser.open(stack.gatewayUrl() + "/landet/udvikling?kreds=" + DISTRICT);
        awaitCharts();
        assertThat(text("h1")).isEqualTo("Udvikling måned for måned");
        assertThat(browser.driver().findElements(By.cssSelector("figure[data-chart=line] canvas"))).hasSize(4);
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        Screenshots.save(browser, "national-trends");

        browser.open(stack.gatewayUrl() + "/landet/aarsberetning");
        assertThat(text("h1")).startsWith("Årsberetning");
        assertThat(texts(".report h2")).contains("Hele landet", "Midt- og Vestsjællands Politi");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        Screenshots.save(browser, "annual-report");
        assertThat(PageScripts.of(browser).jwts()).isEmpty();

        for (String page : List.of("/landet/projekter", "/landet/arrangementer", "/personoplysninger/sletning")) {
            browser.open(stack.gatewayUrl() + page);
            assertThat(browser.title()).as(page).doesNotStartWith("Der opstod en fejl");
            assertThat(Accessibility.seriousViolations(browser)).as(page).isEmpty();
        }
        SignIn.signOut(browser);
    }

    @Test
    @Order(8)
    void the_auditor_finds_the_district_members_read_of_a_stevns_initiative_with_its_contact_data() throws Exception {
        String initiative = JSON.readTree(gateway.get("/api/municipalities/0336/initiatives").body())
                .get(0).get("id").asString();
        HttpResponse<String> read = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(stack.gatewayUrl() + "/api/municipalities/0336/initiatives/" + initiative))
                .header("Authorization", "Bearer " + tokenFor("district1467-member")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);

        SignIn.asDemoUser(browser, stack.gatewayUrl(), "auditor");
        browser.driver().findElement(By.linkText("Revisionsspor")).click();
        browser.driver().findElement(By.id("subject")).sendKeys(initiative);
        browser.driver().findElement(By.cssSelector(".filter-form button[type=submit]")).click();

        await().atMost(Duration.ofSeconds(10)).until(() -> !texts("#revisionsspor tbody tr").isEmpty());
        assertThat(texts("#revisionsspor tbody tr")).anySatisfy(row ->
                assertThat(row).contains("Læst", "district1467-member", "DISTRICT_COUNCIL:1467"));
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        SignIn.signOut(browser);
    }

    @Test
    @Order(9)
    void a_consultant_from_koebenhavn_can_neither_open_stevns_initiatives_nor_force_a_step() throws Exception {
        String initiative = JSON.readTree(gateway.get("/api/municipalities/0336/initiatives").body())
                .get(0).get("id").asString();
        SignIn.asDemoUser(browser, stack.gatewayUrl(), "koebenhavn-consultant");

        browser.open(stack.gatewayUrl() + "/kommuner/0336/indsatser/" + initiative);
        assertThat(text("h1")).isEqualTo("Du har ikke adgang til siden");

        browser.open(stack.gatewayUrl() + "/kommuner/0101/indsatser");
        assertThat(browser.driver().findElements(By.cssSelector("form button"))).extracting(WebElement::getText)
                .doesNotContain("Godkend");
        Object forced = browser.script("""
                const csrf = document.querySelector('input[name=_csrf]').value;
                return fetch(arguments[0], {method: 'POST', body: new URLSearchParams({_csrf: csrf})})
                    .then(answer => answer.text().then(page => answer.status + ' ' + page));""",
                "/kommuner/0336/indsatser/" + initiative + "/godkendelse");
        assertThat(forced.toString()).startsWith("403").contains("Du har ikke adgang til siden");
    }

    /** Read in one script: the live refresh may swap the figures between finding a cell and reading it. */
    private long stevnsInitiatives() {
        Object cell = browser.script("const cell = document.querySelector(\"#kommuner tr[data-kommunekode='0336'] td\");"
                + " return cell === null ? null : cell.textContent;");
        return cell == null ? -1 : Long.parseLong(cell.toString().strip().replace(".", ""));
    }

    /** Chart.js draws after the page has loaded: wait until every chart has its canvas sized. */
    private void awaitCharts() {
        await().atMost(Duration.ofSeconds(10)).until(() -> Boolean.TRUE.equals(browser.script(
                "return typeof Chart !== 'undefined' && [...document.querySelectorAll('figure[data-chart] canvas')]"
                        + ".every(canvas => Chart.getChart(canvas) !== undefined)")));
    }

    private String text(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText();
    }

    /** Also of elements inside a closed {@code <details>}, which a user opens to read them. */
    private List<String> textContents(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .map(element -> element.getDomProperty("textContent").strip()).toList();
    }

    private List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
