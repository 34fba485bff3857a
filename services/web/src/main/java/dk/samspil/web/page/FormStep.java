package dk.samspil.web.page;

import java.util.List;

/**
 * A step a page offers as a form: its name in the web's path ({@code slug}), its name in the API's path, the
 * button, the success alert after it and the fields it sends. On the page the form's id is the slug, followed by the
 * id of what it is taken on where a page has one such form per row ({@code afslag-g-1}); see {@link PostedForm}.
 */
public record FormStep(String slug, String apiPath, String button, String done, List<FormField> fields) {

    public static FormStep of(String slug, String apiPath, String button, String done, FormField... fields) {
        return new FormStep(slug, apiPath, button, done, List.of(fields));
    }

    /** {@code itemId} null for a step on what the page shows as a whole. */
    public String formId(String itemId) {
        return itemId == null ? slug : slug + "-" + itemId;
    }

    /** A step without fields is a button, in the row of what it is taken on. */
    public boolean isButton() {
        return fields.isEmpty();
    }
}
