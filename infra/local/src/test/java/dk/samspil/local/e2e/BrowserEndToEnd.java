package dk.samspil.local.e2e;

import dk.samspil.local.browser.Browser;
import dk.samspil.local.browser.RequiresBrowser;
import dk.samspil.local.demo.DemoData;
import org.junit.jupiter.api.AfterAll;

import java.util.Collection;
import java.util.List;

/**
 * An end-to-end story in the browser: the whole embedded stack with demo data for the municipalities it needs, and
 * one headless Chromium ({@link #browser}), opened by {@link #fillAndOpenABrowser} and closed after the last step.
 */
@RequiresBrowser
abstract class BrowserEndToEnd extends EmbeddedStackEndToEnd {

    protected Browser browser;

    /** Fills the stack with demo data for {@code municipalities} (kommunekoder), then opens the browser. */
    protected void fillAndOpenABrowser(Collection<String> municipalities) throws InterruptedException {
        DemoData.run(List.of("--url", stack.gatewayUrl(), "--issuer", stack.identityIssuer(),
                "--only", String.join(",", municipalities)), stack.gatewayUrl(), stack.identityIssuer());
        browser = Browser.start();
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
