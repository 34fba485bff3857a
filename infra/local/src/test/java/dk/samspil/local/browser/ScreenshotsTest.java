package dk.samspil.local.browser;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenshotsTest {

    @Test
    void screenshotsGoToDocsScreenshotsAtTheRepositoryRoot() {
        Path folder = Screenshots.folder();

        Path root = folder.getParent().getParent();
        assertThat(folder).endsWithRaw(Path.of("docs", "screenshots"));
        assertThat(root.resolve("pom.xml")).isRegularFile();
        assertThat(Files.isDirectory(root.resolve("infra/local"))).isTrue();
    }
}
