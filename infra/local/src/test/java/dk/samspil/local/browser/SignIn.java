package dk.samspil.local.browser;

import dk.samspil.local.tokens.DemoLogin;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Signing in as a person does: open the gateway, which sends the browser to the identity provider's login page
 * (infra/identity {@code LoginPage}: fields {@code username} and {@code password}, one submit button), fill it in,
 * submit, and wait until the browser is back on the gateway with the page loaded.
 */
public final class SignIn {

    /** How long a sign-in or sign-out may take, redirects and the landing page included. */
    public static final Duration TIMEOUT = Duration.ofSeconds(15);

    private static final By USERNAME = By.name("username");
    private static final By PASSWORD = By.name("password");
    private static final By SUBMIT = By.cssSelector("button[type=submit], button:not([type]), input[type=submit]");
    /** The login page's "Forkert brugernavn eller adgangskode." */
    private static final By LOGIN_ERROR = By.cssSelector("[role=alert]");
    private static final By LOGOUT_FORM = By.cssSelector("form[action='/logout'], form[action$='/logout']");

    private SignIn() {
    }

    /**
     * Opens {@code <gateway>/}, signs in on the login page it leads to and waits until the browser is back on the
     * gateway's origin with the page loaded. Fails at once when the login page refuses the password.
     *
     * @param gatewayUrl the gateway's base address, e.g. {@code http://127.0.0.1:8080} ({@code LocalStack#gatewayUrl})
     */
    public static void as(Browser browser, String gatewayUrl, String username, String password) {
        String gateway = origin(gatewayUrl);
        WebDriver driver = browser.driver();
        browser.open(gateway + "/");
        WebDriverWait wait = waiting(driver);
        if (!onLoginPage(driver)) {
            throw new IllegalStateException("Ingen login-side efter " + gateway + "/, men " + where(driver)
                    + ": er browseren allerede logget ind?");
        }
        type(driver.findElement(USERNAME), username);
        type(driver.findElement(PASSWORD), password);
        driver.findElement(PASSWORD).findElement(By.xpath("ancestor::form")).findElement(SUBMIT).click();
        try {
            wait.until(d -> loginRefused(d) || (gateway.equals(origin(d.getCurrentUrl())) && loaded(d)));
        } catch (TimeoutException e) {
            throw new IllegalStateException("Login som " + username + " kom ikke tilbage til " + gateway + " inden for "
                    + TIMEOUT.toSeconds() + " s; browseren er på " + where(driver), e);
        }
        if (loginRefused(driver)) {
            throw new IllegalStateException("Login som " + username + " blev afvist: "
                    + driver.findElement(LOGIN_ERROR).getText() + " (" + where(driver) + ")");
        }
    }

    /** {@link #as} with the demo user's password, {@code <username>-dev} (infra/identity/README.md). */
    public static void asDemoUser(Browser browser, String gatewayUrl, String username) {
        as(browser, gatewayUrl, username, DemoLogin.devPassword(username));
    }

    /**
     * Submits the page's logout form ({@code <form method="post" action="/logout">} with its "Log ud" button) and waits
     * until the browser has left the page and loaded the next one.
     */
    public static void signOut(Browser browser) {
        WebDriver driver = browser.driver();
        List<WebElement> forms = driver.findElements(LOGOUT_FORM).stream().filter(WebElement::isDisplayed).toList();
        if (forms.isEmpty()) {
            throw new IllegalStateException("Siden har ingen formular til at logge ud (form action=\"/logout\"): " + where(driver));
        }
        WebElement form = forms.get(0);
        form.findElement(SUBMIT).click();
        try {
            waiting(driver).until(ExpectedConditions.stalenessOf(form));
            waiting(driver).until(SignIn::loaded);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Log ud førte ikke videre inden for " + TIMEOUT.toSeconds() + " s: " + where(driver), e);
        }
    }

    private static WebDriverWait waiting(WebDriver driver) {
        return new WebDriverWait(driver, TIMEOUT);
    }

    private static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    private static boolean onLoginPage(WebDriver driver) {
        return !driver.findElements(USERNAME).isEmpty() && !driver.findElements(PASSWORD).isEmpty();
    }

    private static boolean loginRefused(WebDriver driver) {
        return onLoginPage(driver) && !driver.findElements(LOGIN_ERROR).isEmpty();
    }

    private static boolean loaded(WebDriver driver) {
        return "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState"));
    }

    /** {@code scheme://host:port} of an address, the port always written out; an address without a host as it is. */
    static String origin(String url) {
        URI uri = URI.create(url);
        if (uri.getHost() == null) {
            return url;
        }
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getScheme().toLowerCase() + "://" + uri.getHost().toLowerCase() + ":" + port;
    }

    private static String where(WebDriver driver) {
        return driver.getCurrentUrl() + " (\"" + driver.getTitle() + "\")";
    }
}
