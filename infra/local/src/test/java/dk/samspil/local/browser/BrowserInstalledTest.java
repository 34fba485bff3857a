package dk.samspil.local.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class BrowserInstalledTest {

    @TempDir
    Path folder;

    @Test
    void withoutChromiumOrItsDriverTheBrowserTestsSkipAndSayHowToInstallThem() throws IOException {
        Path chromium = executable("chromium");

        ConditionEvaluationResult withoutDriver = BrowserInstalled.evaluate(chromium, folder.resolve("chromedriver"));
        ConditionEvaluationResult withoutEither = BrowserInstalled.evaluate(folder.resolve("ingen"), folder.resolve("heller-ingen"));

        for (ConditionEvaluationResult result : new ConditionEvaluationResult[] {withoutDriver, withoutEither}) {
            assertThat(result.isDisabled()).isTrue();
            assertThat(result.getReason()).hasValue("Browsertestene springes over: Chromium og ChromeDriver mangler."
                    + " Installér dem med: sudo apt-get install chromium chromium-driver"
                    + " (eller sæt SAMSPIL_CHROMIUM og SAMSPIL_CHROMEDRIVER)");
        }
    }

    @Test
    void withBothExecutableTheBrowserTestsRun() throws IOException {
        Path chromium = executable("chromium");
        Path notExecutable = Files.createFile(folder.resolve("chromedriver-uden-x"));

        assertThat(BrowserInstalled.evaluate(chromium, executable("chromedriver")).isDisabled()).isFalse();
        assertThat(BrowserInstalled.evaluate(chromium, notExecutable).isDisabled()).isTrue();
    }

    private Path executable(String name) throws IOException {
        return Files.createFile(folder.resolve(name), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }
}
