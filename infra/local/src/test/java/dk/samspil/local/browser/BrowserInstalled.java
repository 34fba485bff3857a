package dk.samspil.local.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;

/** The condition behind {@link RequiresBrowser}: enabled when {@link Browser#isAvailable()}. */
public final class BrowserInstalled implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return evaluate(Browser.chromium(), Browser.chromedriver());
    }

    static ConditionEvaluationResult evaluate(Path chromium, Path chromedriver) {
        return Browser.isAvailable(chromium, chromedriver)
                ? ConditionEvaluationResult.enabled("Chromium " + chromium + " og ChromeDriver " + chromedriver + " findes")
                : ConditionEvaluationResult.disabled(Browser.MISSING);
    }
}
