package dk.samspil.local.e2e;

import dk.samspil.local.browser.Accessibility;
import dk.samspil.local.browser.Browser;
import dk.samspil.local.browser.RequiresBrowser;
import dk.samspil.local.browser.Screenshots;
import dk.samspil.local.browser.SignIn;
import dk.samspil.local.browser.UserActions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The work of every level done in a real browser, as the people doing it would: a consultant in Stevns applies for an
 * initiative through the form and takes it through its leader group and secretariat to district 1467's page; a
 * secretariat is refused a budget the pool cannot hold; a concern raised in Stevns appears live in København's feed,
 * is confirmed there and escalated to the district council; a local council reports progress on a decision; and every
 * page of the work passes the accessibility check as the role that uses it. Each step is a page the user fills in and
 * a button they press; only what another organisation did first (a decision assigned, an application to refuse) is
 * set up through the API.
 */
@RequiresBrowser
class WorkInTheBrowserEndToEndIT extends BrowserEndToEnd {

    private static final String STEVNS = "0336";
    private static final String KOEGE = "0259";
    private static final String DISTRICT = "1467";
    private static final Duration ARRIVAL = Duration.ofSeconds(15);
    private static final String NAME = "Natteravne i Store Heddinge";

    private UserActions user;
    private int poolYear;
    private String initiativePage;

    @BeforeAll
    void fillStevnsAndKoegeAndOpenABrowser() throws Exception {
        fillAndOpenABrowser(List.of(STEVNS, KOEGE));
        user = new UserActions(browser);
        int thisYear = LocalDate.now().getYear();
        poolYear = gateway.get("/api/municipalities/" + STEVNS + "/funding-pools/" + (thisYear + 1)).statusCode() == 200
                ? thisYear + 1 : thisYear;
        String koege = gateway.postOk("/api/municipalities/" + KOEGE + "/initiatives",
                application("Natteravne og tryg weekend", List.of("natteliv", "tryghed"), 30_000)).get("id").asString();
        gateway.postOk("/api/municipalities/" + KOEGE + "/initiatives/" + koege + "/submission", "{}");
    }

    /** A story that stopped half-way leaves its user signed in; the next story signs in as someone else. */
    @AfterEach
    void signOutIfSignedIn() {
        if (user.shows("form[action$='/logout']")) {
            SignIn.signOut(browser);
        }
    }

    @Test
    @Order(1)
    void a_consultant_sees_similar_initiatives_while_typing_has_a_wrong_period_shown_at_its_field_and_submits() {
        SignIn.asDemoUser(browser, stack.gatewayUrl(), "stevns-consultant");
        browser.open(stack.gatewayUrl() + "/kommuner/" + STEVNS + "/indsatser");
        browser.driver().findElement(By.id("ny-ansoegning")).click();

        user.type("name", NAME).type("themes", "natteliv, tryghed");
        await().atMost(ARRIVAL).untilAsserted(() -> assertThat(user.text("#lignende"))
                .contains("Natteravne og tryg weekend", "Køge", "Samme temaer"));

        fillTheApplication();
        user.date("startDate", poolYear + "-01-01").date("endDate", (poolYear - 1) + "-12-31");
        user.submit("ansoegning");

        assertThat(user.text("#endDate-fejl")).isNotBlank();
        assertThat(user.texts("#fejlopsummering li a")).hasSize(1);
        assertThat(user.value("name")).isEqualTo(NAME);
        assertThat(user.value("budgetLines[0].expectedAmount")).isEqualTo("40000");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        Screenshots.save(browser, "application-field-error");

        user.date("endDate", poolYear + "-12-31");
        user.submit("ansoegning");

        assertThat(user.text("h1")).as(() -> user.text("main")).isEqualTo(NAME);
        assertThat(user.text("#status")).isEqualTo("Kladde");
        initiativePage = browser.currentUrl();

        user.submit("indsendelse");
        assertThat(user.text("#udfoert")).contains("indsendt");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }

    @Test
    @Order(3)
    void the_leader_group_approves_the_application() {
        SignIn.asDemoUser(browser, stack.gatewayUrl(), "stevns-leader-group");
        browser.open(initiativePage);

        assertThat(user.texts("#trin form button")).contains("Godkend", "Afvis");
        user.submit("godkendelse");

        assertThat(user.text("#udfoert")).contains("godkendt af SSP-ledergruppen");
    }

    @Test
    @Order(4)
    void the_secretariat_approves_the_budget_with_an_override_reason_for_the_unmet_criterion() {
        SignIn.asDemoUser(browser, stack.gatewayUrl(), "stevns-secretariat");
        browser.open(initiativePage);

        assertThat(user.texts("#kriterier li")).filteredOn(criterion -> criterion.startsWith("Ikke opfyldt")).hasSize(1);
        Screenshots.save(browser, "initiative-budget-approval");
        user.type("budgetgodkendelse-overrideReason", "Metoden afprøves i samarbejde med Køge, der har erfaringen");
        user.submit("budgetgodkendelse");

        assertThat(user.text("#udfoert")).contains("reserveret i puljen");
    }

    @Test
    @Order(5)
    void the_consultant_activates_and_reports_and_the_initiative_counts_on_the_district_page() throws Exception {
        long activeBefore = activeInStevns();
        SignIn.asDemoUser(browser, stack.gatewayUrl(), "stevns-consultant");
        browser.open(initiativePage);
        user.submit("igangsaetning");
        assertThat(user.text("#udfoert")).contains("sat i gang");

        browser.open(initiativePage);
        assertThat(user.text("#statusrapport-frist")).startsWith("senest");
        user.type("statusrapport-summary", "Tre weekender gennemført med 12 voksne på gaden.");
        user.submit("statusrapport");
        assertThat(user.text("#udfoert")).contains("Statusrapporten er afgivet");
        Screenshots.save(browser, "initiative-detail");
        SignIn.signOut(browser);

        SignIn.asDemoUser(browser, stack.gatewayUrl(), "district1467-member");
        await().atMost(ARRIVAL).until(() -> {
            browser.open(stack.gatewayUrl() + "/kredse/" + DISTRICT);
            return user.text("#kommuner tr[data-kommunekode='" + STEVNS + "'] td:nth-of-type(2)")
                    .contains((activeBefore + 1) + " i gang");
        });
    }

    @Test
    @Order(6)
    void a_budget_larger_than_what_is_left_in_the_pool_is_refused_at_the_year_with_the_input_kept() throws Exception {
        String id = gateway.postOk("/api/municipalities/" + STEVNS + "/initiatives",
                        application("Stor tryghedsindsats", List.of("tryghed"), 90_000_000))
                .get("id").asString();
        String base = "/api/municipalities/" + STEVNS + "/initiatives/" + id;
        gateway.postOk(base + "/submission", "{}");
        gateway.postOk(base + "/approval", "{}");

        SignIn.asDemoUser(browser, stack.gatewayUrl(), "stevns-secretariat");
        browser.open(stack.gatewayUrl() + "/kommuner/" + STEVNS + "/indsatser/" + id);
        user.type("budgetgodkendelse-accountingYear", String.valueOf(poolYear));
        user.submit("budgetgodkendelse");

        assertThat(user.text("#budgetgodkendelse-accountingYear-fejl")).contains("kr. tilbage");
        assertThat(user.value("budgetgodkendelse-accountingYear")).isEqualTo(String.valueOf(poolYear));
        assertThat(user.text("#status")).isEqualTo("Godkendt af SSP-ledergruppen");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }

    @Test
    @Order(7)
    void a_concern_raised_in_stevns_appears_live_in_koebenhavn_is_confirmed_there_and_escalated_to_the_district() {
        try (Browser koebenhavn = Browser.start()) {
            UserActions colleague = new UserActions(koebenhavn);
            SignIn.asDemoUser(koebenhavn, stack.gatewayUrl(), "koebenhavn-consultant");
            koebenhavn.open(stack.gatewayUrl() + "/kommuner/0101/abonnementer");
            colleague.tick("tema-YOUTH_GROUPS").tick("area-landet").choose("minimumSeverity", "WATCH");
            colleague.submit("nyt-abonnement");
            koebenhavn.open(stack.gatewayUrl() + "/kommuner/0101/bekymringsfeed");
            koebenhavn.script("document.documentElement.setAttribute('data-not-reloaded', 'yes')");

            SignIn.asDemoUser(browser, stack.gatewayUrl(), "stevns-consultant");
            browser.open(stack.gatewayUrl() + "/kommuner/" + STEVNS + "/bekymringer/ny");
            raiseAConcern("Gruppen flytter mellem Store Heddinge og Valby, kontakt 010203-1234 i politiet");
            assertThat(user.text("#description-fejl")).contains("CPR");
            assertThat(browser.driver().getPageSource()).doesNotContain("010203-1234");

            raiseAConcern("Gruppen af unge flytter mellem Store Heddinge og Valby om aftenen.");
            String concernPage = browser.currentUrl();
            await().atMost(ARRIVAL).until(() -> colleague.text("#feed").contains("Unge samles ved stationen"));
            assertThat(koebenhavn.script("return document.documentElement.getAttribute('data-not-reloaded')")).isEqualTo("yes");
            Screenshots.save(koebenhavn, "concern-feed");

            koebenhavn.open(koebenhavn.driver().findElement(By.linkText("Unge samles ved stationen")).getDomProperty("href"));
            assertThat(colleague.text("main")).as(koebenhavn.currentUrl()).contains("Vi ser det også");
            colleague.type("bekraeftelse-note", "Vi har set den samme gruppe på Valby station.");
            colleague.submit("bekraeftelse");
            assertThat(colleague.text("[role=status]")).contains("I ser det også");

            browser.open(concernPage);
            user.choose("eskalering-districtCodes", DISTRICT)
                    .type("eskalering-reason", "Gruppen bevæger sig på tværs af kredsens kommuner.");
            user.submit("eskalering");
            assertThat(user.text("[role=status]")).contains("eskaleret til politikredsen");
            SignIn.signOut(browser);
        }
        SignIn.asDemoUser(browser, stack.gatewayUrl(), "district1467-member");
        await().atMost(ARRIVAL).until(() -> {
            browser.open(stack.gatewayUrl() + "/kredse/" + DISTRICT);
            return user.texts("#eskalerede-bekymringer li").stream().anyMatch(item -> item.contains("Unge samles ved stationen"));
        });
    }

    @Test
    @Order(8)
    void a_local_council_reports_progress_on_a_decision_and_the_district_page_shows_it() throws Exception {
        String councils = "/api/districts/" + DISTRICT;
        String meeting = gateway.postOk(councils + "/meetings", """
                {"date": "%s", "agenda": [{"kind": "OTHER", "title": "Natteliv i Stevns"}]}""".formatted(LocalDate.now()))
                .get("meetingId").asString();
        String decision = gateway.postOk(councils + "/meetings/" + meeting + "/decisions", """
                {"title": "Tryghedsvandring i nattelivet", "description": "Lokalrådet planlægger vandringer med borgerne.",
                 "themes": ["UNSAFE_PLACES"], "localCouncilIds": ["LR-0336"], "dueDate": "%s"}"""
                .formatted(LocalDate.now().plusMonths(2))).get("decisionId").asString();

        SignIn.asDemoUser(browser, stack.gatewayUrl(), "lr0336-member");
        await().atMost(ARRIVAL).until(() -> {
            browser.open(stack.gatewayUrl() + "/lokalraad/LR-0336");
            return user.shows("[data-beslutning='" + decision + "']");
        });
        user.choose("decisionId", decision).choose("status", "DONE")
                .type("note", "To vandringer gennemført med 30 borgere.");
        user.submit("gennemfoerelse");
        assertThat(user.text("[role=status]")).contains("Fremdriften er meldt");
        await().atMost(ARRIVAL).until(() -> {
            browser.open(stack.gatewayUrl() + "/lokalraad/LR-0336");
            return user.text("[data-beslutning='" + decision + "']").contains("Gennemført");
        });
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        Screenshots.save(browser, "local-council");
        SignIn.signOut(browser);

        SignIn.asDemoUser(browser, stack.gatewayUrl(), "district1467-member");
        await().atMost(ARRIVAL).until(() -> {
            browser.open(stack.gatewayUrl() + "/kredse/" + DISTRICT);
            return user.texts("#beslutninger-overskrift ~ article").stream().anyMatch(card ->
                    card.contains("Tryghedsvandring i nattelivet") && card.contains("gennemført"));
        });
    }

    @Test
    @Order(9)
    void every_page_of_the_work_passes_the_accessibility_check() {
        String stevns = "/kommuner/" + STEVNS;
        assertAccessible("stevns-consultant", List.of("/", stevns + "/indsatser", stevns + "/indsatser/ny",
                stevns + "/pulje", stevns + "/handleplaner", stevns + "/handleplaner/ny", stevns + "/bekymringer",
                stevns + "/bekymringer/ny", stevns + "/bekymringsfeed", stevns + "/abonnementer", stevns + "/projekter"),
                List.of(stevns + "/handleplaner/", stevns + "/abonnementer/", "/bekymringer/"));
        assertAccessible("stevns-secretariat", List.of(stevns + "/pulje"), List.of());
        String district = "/kredse/" + DISTRICT;
        assertAccessible("district1467-secretariat", List.of(district + "/prioriteter", district + "/samarbejdsplan",
                district + "/moeder", "/offentlig" + district + "/samarbejdsplan"), List.of("/pakke"));
        assertAccessible("national-secretariat", List.of("/landet/projekter", "/landet/projekter/ny", "/landet/fora",
                "/landet/fora/ny", "/landet/arrangementer", "/landet/arrangementer/ny", "/personoplysninger/sletning"),
                List.of("/landet/projekter/", "/landet/fora/", "/landet/arrangementer/"));
    }

    /**
     * Opens each page as {@code username}, and the first link on it whose address contains one of
     * {@code detailLinks} (a list's first item), and checks that none is an error page (which shows its "Fejlkode") or has a serious finding.
     */
    private void assertAccessible(String username, List<String> pages, List<String> detailLinks) {
        SignIn.asDemoUser(browser, stack.gatewayUrl(), username);
        Set<String> details = new LinkedHashSet<>();
        for (String page : pages) {
            browser.open(stack.gatewayUrl() + page);
            assertThat(user.text("main")).as(page).doesNotContain("Fejlkode");
            assertThat(Accessibility.seriousViolations(browser)).as(page).isEmpty();
            for (String link : detailLinks) {
                browser.driver().findElements(By.cssSelector("main a[href*='" + link + "']")).stream()
                        .map(anchor -> anchor.getDomProperty("href"))
                        .filter(href -> !href.endsWith("/ny") && !href.equals(stack.gatewayUrl() + page))
                        .findFirst().ifPresent(details::add);
            }
        }
        for (String detail : details) {
            browser.open(detail);
            assertThat(user.text("main")).as(detail).doesNotContain("Fejlkode");
            assertThat(Accessibility.seriousViolations(browser)).as(detail).isEmpty();
        }
        SignIn.signOut(browser);
    }

    private void fillTheApplication() {
        user.choose("preventionLevel", "PREVENTIVE").choose("scope", "LOCAL")
                .tick("targetGroups-CHILDREN_AND_YOUNG_PEOPLE")
                .type("targetAgeFrom", "14").type("targetAgeTo", "19")
                .type("goals", "Færre konflikter ved stationen fredag aften")
                .tick("partners-POLICE").tick("partners-SCHOOL")
                .type("evaluationPlan", "Politiets døgnrapport før og efter").type("knowledgeSharing", "Drejebogen deles i kredsen")
                .type("coordinator.name", "Mette Sørensen").type("coordinator.email", "mette@stevns.dk")
                .type("coordinator.phone", "56570000")
                .type("localAreas", "Store Heddinge").type("organisationalUnit", "SSP Stevns")
                .type("budgetLines[0].heading", "Veste og forplejning").type("budgetLines[0].expectedAmount", "40000")
                .date("budgetLines[0].settlementMonth", poolYear + "-06");
    }

    private void raiseAConcern(String description) {
        user.type("title", "Unge samles ved stationen").type("description", description)
                .date("observedOn", LocalDate.now().toString())
                .tick("themes-YOUTH_GROUPS").choose("severity", "ALERT")
                .choose("municipalityCodes", STEVNS).choose("municipalityCodes", "0101");
        user.submit("ny-bekymring");
    }

    /** An application that meets all of the pool's criteria, with one budget line of {@code amount}. */
    private String application(String name, List<String> themes, long amount) {
        return """
                {"name": "%3$s", "preventionLevel": "PREVENTIVE", "scope": "LOCAL",
                 "startDate": "%1$d-01-01", "endDate": "%1$d-12-31", "themes": [%4$s],
                 "targetAgeFrom": 13, "targetAgeTo": 18, "targetGroups": ["CHILDREN_AND_YOUNG_PEOPLE"],
                 "goals": ["Tryghed ved stationen"], "partners": ["POLICE", "SCHOOL"],
                 "evaluationPlan": "Før og efter", "knowledgeSharing": "Deles i kredsen",
                 "coordinator": {"name": "Mette Sørensen", "email": "mette@stevns.dk", "phone": "56570000"},
                 "localAreas": ["Store Heddinge"], "organisationalUnit": "SSP Stevns", "methods": ["PEER_TO_PEER"],
                 "budgetLines": [{"heading": "Alt", "expectedAmount": %2$d, "settlementMonth": "%1$d-06"}]}"""
                .formatted(poolYear, amount, name, themes.stream().map(theme -> '"' + theme + '"')
                        .collect(Collectors.joining(", ")));
    }

    private long activeInStevns() throws Exception {
        JsonNode dashboard = gateway.dashboard(DISTRICT);
        for (JsonNode municipality : dashboard.get("municipalities")) {
            if (municipality.get("code").asString().equals(STEVNS)) {
                return municipality.path("byStatus").path("ACTIVE").asLong();
            }
        }
        throw new AssertionError("Stevns is not on district " + DISTRICT + "'s dashboard");
    }

}
