package dk.samspil.local.browser;

import dk.samspil.local.RepositoryRoot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

/**
 * Saves the page open in a {@link Browser} as a PNG, the whole page rather than only the window: by default to
 * {@code docs/screenshots/<name>.png} in the repository, where the documentation shows them.
 */
public final class Screenshots {

    /** Chromium draws no taller picture than this; a longer page is cut off at the bottom. */
    static final int MAX_HEIGHT = 16_000;

    private Screenshots() {
    }

    /** {@code <repository root>/docs/screenshots}, the root found as the launcher finds it. */
    public static Path folder() {
        return RepositoryRoot.findUpwards(Path.of(System.getProperty(RepositoryRoot.PROPERTY, "")))
                .resolve("docs").resolve("screenshots");
    }

    /** Saves the page to {@code docs/screenshots/<name>.png}; returns the file. */
    public static Path save(Browser browser, String name) {
        return save(browser, folder(), name);
    }

    /**
     * Saves the page to {@code <folder>/<name>.png} (the folder is created if missing); returns the file.
     *
     * @param name lower-case letters, digits and '-', e.g. {@code district-dashboard}
     */
    public static Path save(Browser browser, Path folder, String name) {
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("A screenshot name is lower-case letters, digits and '-': " + name);
        }
        Path file = folder.resolve(name + ".png");
        try {
            Files.createDirectories(folder);
            Files.write(file, wholePage(browser));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the screenshot " + file, e);
        }
        return file;
    }

    /** Chromium's own capture beyond the window, clipped to the size of the page's content. */
    @SuppressWarnings("unchecked")
    private static byte[] wholePage(Browser browser) {
        Map<String, Object> metrics = browser.driver().executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> viewport = (Map<String, Object>) metrics.get("cssLayoutViewport");
        double width = Math.max(number(content, "width"), number(viewport, "clientWidth"));
        double height = Math.min(Math.max(number(content, "height"), number(viewport, "clientHeight")), MAX_HEIGHT);
        Map<String, Object> screenshot = browser.driver().executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", Math.ceil(width), "height", Math.ceil(height), "scale", 1)));
        return Base64.getDecoder().decode((String) screenshot.get("data"));
    }

    private static double number(Map<String, Object> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }
}
