package dk.samspil.web.page;

import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * One of a page's several forms that a service refused, to show again with what the user typed and why. The page's
 * other forms are shown empty.
 */
public record RefusedForm(String form, FormRefusal refusal, MultiValueMap<String, String> typed) {

    /**
     * Puts {@code <form>Form} (what was typed) and {@code <form>Errors} for each of the page's forms into the model,
     * and {@code conflict}: the service's explanation of a 409, else null. {@code refused} is null when none was.
     */
    public static void addForms(Model model, RefusedForm refused, String... forms) {
        for (String form : forms) {
            boolean failed = refused != null && refused.form().equals(form);
            model.addAttribute(form + "Form", failed ? refused.typed() : new LinkedMultiValueMap<String, String>());
            model.addAttribute(form + "Errors", failed ? refused.refusal().errors() : FormErrors.NONE);
        }
        model.addAttribute("conflict", refused != null && refused.refusal().isConflict() ? refused.refusal().conflict() : null);
    }
}
