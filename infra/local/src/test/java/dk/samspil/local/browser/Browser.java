package dk.samspil.local.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * Headless Chromium for the browser tests, driven through ChromeDriver: both the machine's own (Debian's
 * {@code chromium} and {@code chromium-driver}, or {@code $SAMSPIL_CHROMIUM} and {@code $SAMSPIL_CHROMEDRIVER}); nothing
 * is ever downloaded. Every browser starts with a fresh profile in a temporary folder, deleted again on {@link #close()}.
 *
 * <pre>{@code
 * try (Browser browser = Browser.start()) {
 *     browser.open(stack.gatewayUrl() + "/");
 * }
 * }</pre>
 *
 * Tests that use it are annotated {@link RequiresBrowser}, so they skip where no browser is installed.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM_ENV = "SAMSPIL_CHROMIUM";
    public static final String CHROMEDRIVER_ENV = "SAMSPIL_CHROMEDRIVER";
    public static final Path DEFAULT_CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path DEFAULT_CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Why the browser tests skip, and how to make them run. */
    public static final String MISSING = "Browsertestene springes over: Chromium og ChromeDriver mangler."
            + " Installér dem med: sudo apt-get install chromium chromium-driver"
            + " (eller sæt " + CHROMIUM_ENV + " og " + CHROMEDRIVER_ENV + ")";

    /**
     * As root Chromium needs {@code --no-sandbox}; without the background-networking flags it keeps trying to reach
     * Google's hosts, which a closed network refuses. Without scroll bars a page is as wide as the window, in
     * screenshots too.
     */
    static final List<String> ARGUMENTS = List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=da-DK", "--hide-scrollbars");

    /**
     * Selenium looks for its DevTools binding of Chromium's version at every start and warns when it has none. These
     * tests use none: Chromium's own commands go through ChromeDriver ({@code executeCdpCommand}).
     */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    }

    private static final Duration PAGE_LOAD_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration PROFILE_DELETION = Duration.ofSeconds(10);

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** {@code $SAMSPIL_CHROMIUM}, else {@code /usr/bin/chromium}. */
    public static Path chromium() {
        return fromEnvironment(CHROMIUM_ENV, DEFAULT_CHROMIUM);
    }

    /** {@code $SAMSPIL_CHROMEDRIVER}, else {@code /usr/bin/chromedriver}. */
    public static Path chromedriver() {
        return fromEnvironment(CHROMEDRIVER_ENV, DEFAULT_CHROMEDRIVER);
    }

    /** Whether both {@link #chromium()} and {@link #chromedriver()} are executable files. */
    public static boolean isAvailable() {
        return isAvailable(chromium(), chromedriver());
    }

    static boolean isAvailable(Path chromium, Path chromedriver) {
        return Files.isRegularFile(chromium) && Files.isExecutable(chromium)
                && Files.isRegularFile(chromedriver) && Files.isExecutable(chromedriver);
    }

    /** Starts headless Chromium with an empty profile; fails with {@link #MISSING} when it is not installed. */
    public static Browser start() {
        if (!isAvailable()) {
            throw new IllegalStateException(MISSING);
        }
        stayOffline();
        Path profile;
        try {
            profile = Files.createTempDirectory("samspil-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a profile folder for Chromium", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium().toFile());
        options.addArguments(ARGUMENTS);
        options.addArguments("--user-data-dir=" + profile);
        // --lang sets the interface; the pages are asked for in Danish too (Accept-Language, navigator.languages).
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "da-DK,da"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver().toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD_TIMEOUT).scriptTimeout(SCRIPT_TIMEOUT);
            return new Browser(driver, profile);
        } catch (RuntimeException | Error e) {
            service.stop();
            deleteQuietly(profile);
            throw e;
        }
    }

    /**
     * Selenium asks its Selenium Manager for a driver only when none is given: this class always names the driver
     * (its service, and {@code webdriver.chrome.driver} for anything else), and should Selenium Manager still run, it
     * gets the {@code SE_*} system properties as environment, so {@code SE_OFFLINE} keeps it from downloading.
     */
    private static void stayOffline() {
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver().toString());
    }

    /** The driver, for what this class does not wrap (it is a {@code JavascriptExecutor} and {@code HasCdp}). */
    public ChromeDriver driver() {
        return driver;
    }

    /** Loads the address and waits until the page has loaded. */
    public void open(String url) {
        driver.get(url);
    }

    public String title() {
        return driver.getTitle();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Runs JavaScript in the page ({@code arguments[0]} … are the arguments) and returns what it returns. */
    public Object script(String javaScript, Object... arguments) {
        return driver.executeScript(javaScript, arguments);
    }

    /** Quits Chromium and ChromeDriver, then deletes the profile folder. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            // Chromium's last child processes may still be writing into the profile for a moment after quit().
            await("deleting the Chromium profile " + profile).atMost(PROFILE_DELETION)
                    .ignoreExceptionsInstanceOf(UncheckedIOException.class)
                    .until(() -> {
                        delete(profile);
                        return true;
                    });
        }
    }

    private static Path fromEnvironment(String variable, Path fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Path.of(value.strip());
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(file);
                } catch (NoSuchFileException gone) {
                    // removed by Chromium itself meanwhile
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + folder, e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            delete(folder);
        } catch (UncheckedIOException e) {
            // a failed start leaves at most an empty profile folder in the temporary directory
        }
    }
}
