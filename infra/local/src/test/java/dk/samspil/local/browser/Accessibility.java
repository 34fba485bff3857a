package dk.samspil.local.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Checks the page open in a {@link Browser} with axe-core (the {@code org.webjars.npm:axe-core} WebJar on the test
 * classpath) against WCAG 2.0 and 2.1, levels A and AA. A page passes when it has no violation of impact
 * {@code serious} or {@code critical}:
 *
 * <pre>{@code
 * assertThat(Accessibility.seriousViolations(browser)).isEmpty();
 * }</pre>
 */
public final class Accessibility {

    /** The axe-core rule tags that are run. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Set<String> SERIOUS = Set.of("serious", "critical");
    private static final String WEBJAR = "org.webjars.npm/axe-core";

    /** Runs axe in the page; the callback gets the violations, reduced to what a failure message shows. */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            window.axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                .then(results => done({violations: results.violations.map(violation => ({
                    id: violation.id,
                    impact: violation.impact || '',
                    help: violation.help,
                    targets: violation.nodes.map(node => [].concat(node.target).join(' '))
                }))}))
                .catch(error => done({error: String(error)}));
            """;

    private static volatile String source;

    private Accessibility() {
    }

    /**
     * The violations of impact {@code serious} or {@code critical} in the current page, one readable line each:
     * {@code image-alt (critical): Images must have alternate text – img[src="logo.png"]}.
     */
    public static List<String> seriousViolations(Browser browser) {
        return violations(browser).stream()
                .filter(violation -> SERIOUS.contains(violation.impact()))
                .map(Violation::toString)
                .toList();
    }

    /** Every violation axe finds in the current page, whatever its impact. */
    public static List<Violation> violations(Browser browser) {
        if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object'"))) {
            browser.script(axeSource());
        }
        Object answer = browser.driver().executeAsyncScript(RUN, TAGS);
        if (!(answer instanceof Map<?, ?> result) || result.containsKey("error")) {
            throw new IllegalStateException("axe-core failed in " + browser.currentUrl() + ": "
                    + (answer instanceof Map<?, ?> result ? result.get("error") : answer));
        }
        return ((List<?>) result.get("violations")).stream()
                .map(violation -> (Map<?, ?>) violation)
                .map(violation -> new Violation(
                        String.valueOf(violation.get("id")),
                        String.valueOf(violation.get("impact")),
                        String.valueOf(violation.get("help")),
                        ((List<?>) violation.get("targets")).stream().map(String::valueOf).toList()))
                .toList();
    }

    /** The axe-core version on the classpath, from the WebJar's Maven metadata. */
    public static String axeVersion() {
        Properties properties = new Properties();
        try (InputStream in = resource("META-INF/maven/" + WEBJAR + "/pom.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the axe-core WebJar's version", e);
        }
        return properties.getProperty("version");
    }

    private static String axeSource() {
        if (source == null) {
            try (InputStream in = resource("META-INF/resources/webjars/axe-core/" + axeVersion() + "/axe.min.js")) {
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read axe.min.js", e);
            }
        }
        return source;
    }

    private static InputStream resource(String name) {
        InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the classpath: infra/local needs the test dependency "
                    + WEBJAR.replace('/', ':'));
        }
        return in;
    }

    /**
     * One rule the page breaks.
     *
     * @param rule    axe-core's rule id, e.g. {@code image-alt}
     * @param impact  {@code minor}, {@code moderate}, {@code serious} or {@code critical}
     * @param help    what the rule asks for
     * @param targets a CSS selector of every element that breaks it
     */
    public record Violation(String rule, String impact, String help, List<String> targets) {

        public Violation {
            targets = List.copyOf(targets);
        }

        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " – " + String.join(", ", targets);
        }
    }
}
