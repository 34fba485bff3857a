package dk.samspil.local.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/**
 * What a person does on a page, by the ids the pages give their fields and forms: type, tick, choose, press a
 * form's button and wait for the page it leads to; and read what the page shows.
 */
public final class UserActions {

    private static final Duration NEXT_PAGE = Duration.ofSeconds(15);

    private final Browser browser;

    public UserActions(Browser browser) {
        this.browser = browser;
    }

    /** Empties the field and types {@code text} into it, key by key. */
    public UserActions type(String id, String text) {
        WebElement field = field(id);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /**
     * Sets a date or month field, whose keyboard entry follows the browser's locale; the value is what the field
     * submits ({@code 2027-01-31}, {@code 2027-06}).
     */
    public UserActions date(String id, String isoValue) {
        browser.script("const field = arguments[0]; field.value = arguments[1];"
                + " field.dispatchEvent(new Event('change', {bubbles: true}));", field(id), isoValue);
        return this;
    }

    public UserActions tick(String id) {
        WebElement box = field(id);
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** Chooses the option with {@code value} in a select (added to the chosen ones of a multiple select). */
    public UserActions choose(String id, String value) {
        new Select(field(id)).selectByValue(value);
        return this;
    }

    /** Presses the submit button of the form with {@code formId} and waits until the next page has loaded. */
    public void submit(String formId) {
        WebElement form = field(formId);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebDriverWait wait = new WebDriverWait(browser.driver(), NEXT_PAGE);
        wait.until(ExpectedConditions.stalenessOf(form));
        wait.until(driver -> "complete".equals(browser.script("return document.readyState")));
    }

    public String value(String id) {
        return field(id).getDomProperty("value");
    }

    public String text(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText();
    }

    public List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    public boolean shows(String css) {
        return !browser.driver().findElements(By.cssSelector(css)).isEmpty();
    }

    private WebElement field(String id) {
        return browser.driver().findElement(By.id(id));
    }
}
