package dk.samspil.web.municipality.concern.web;

import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.web.api.ApiRefusedException;
import dk.samspil.web.municipality.concern.query.ConcernClient;
import dk.samspil.web.municipality.concern.query.Subscription;
import dk.samspil.web.municipality.concern.query.SubscriptionSaved;
import dk.samspil.web.page.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Comparator;

import static dk.samspil.web.municipality.concern.web.ConcernController.municipality;
import static dk.samspil.web.municipality.concern.web.ConcernController.refusedStatus;

/**
 * The municipality's subscriptions to concerns raised elsewhere: list, create, change, and each one's webhook log.
 * The webhook secret the service issues with a subscription's first webhook address is shown once, on the page the
 * form redirects to: it travels as a flash attribute (server-side, for that one request), never in an address, and
 * the service never answers it again.
 */
@Controller
class SubscriptionController {

    private static final String WEBHOOK_SECRET = "webhookSecret";

    private final ConcernClient concerns;

    SubscriptionController(ConcernClient concerns) {
        this.concerns = concerns;
    }

    @GetMapping("/kommuner/{code}/abonnementer")
    String list(@PathVariable String code, @RequestParam(name = "udfoert", required = false) String done,
                Model model) {
        model.addAttribute("done", done);
        return listPage(code, SubscriptionForm.EMPTY, FormErrors.NONE, model);
    }

    @PostMapping("/kommuner/{code}/abonnementer")
    String subscribe(@PathVariable String code, @ModelAttribute SubscriptionForm form, Model model,
                     HttpServletResponse response, RedirectAttributes redirect) {
        try {
            showOnce(concerns.subscribe(code, form.command()), redirect);
            return "redirect:/kommuner/" + code + "/abonnementer?udfoert=oprettet";
        } catch (ApiRefusedException refused) {
            response.setStatus(refusedStatus(refused).value());
            return listPage(code, form, FormErrors.of(refused), model);
        }
    }

    @GetMapping("/kommuner/{code}/abonnementer/{id}")
    String subscription(@PathVariable String code, @PathVariable String id,
                        @RequestParam(name = "udfoert", required = false) String done, Model model) {
        model.addAttribute("done", done);
        return subscriptionPage(code, find(code, id), null, FormErrors.NONE, model);
    }

    @PostMapping("/kommuner/{code}/abonnementer/{id}")
    String change(@PathVariable String code, @PathVariable String id, @ModelAttribute SubscriptionForm form,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            showOnce(concerns.change(code, id, form.command()), redirect);
            return "redirect:/kommuner/" + code + "/abonnementer/" + id + "?udfoert=aendret";
        } catch (ApiRefusedException refused) {
            HttpStatus status = refusedStatus(refused);
            response.setStatus(status.value());
            if (status == HttpStatus.CONFLICT) {
                model.addAttribute("conflict", refused.problem().detail());
                return subscriptionPage(code, find(code, id), null, FormErrors.NONE, model);
            }
            return subscriptionPage(code, find(code, id), form, FormErrors.of(refused), model);
        }
    }

    /** Ends the subscription: its feed entries stay, no new ones come, and its webhook stops. */
    @PostMapping("/kommuner/{code}/abonnementer/{id}/opsigelse")
    String cancel(@PathVariable String code, @PathVariable String id, Model model, HttpServletResponse response) {
        try {
            concerns.cancel(code, id);
            return "redirect:/kommuner/" + code + "/abonnementer?udfoert=opsagt";
        } catch (ApiRefusedException refused) {
            HttpStatus status = refusedStatus(refused);
            response.setStatus(status.value());
            model.addAttribute("conflict", refused.problem().detail());
            return subscriptionPage(code, find(code, id), null, FormErrors.NONE, model);
        }
    }

    /** A change issues a secret only when the subscription gets its first webhook address. */
    private static void showOnce(SubscriptionSaved saved, RedirectAttributes redirect) {
        if (saved != null && saved.webhookSecret() != null) {
            redirect.addFlashAttribute(WEBHOOK_SECRET, saved.webhookSecret());
        }
    }

    private String listPage(String code, SubscriptionForm form, FormErrors errors, Model model) {
        model.addAttribute("subscriptions", concerns.subscriptions(code));
        return withChoices(code, form, errors, model, "municipality/concern/subscriptions");
    }

    private String subscriptionPage(String code, Subscription subscription, SubscriptionForm form, FormErrors errors,
                                    Model model) {
        model.addAttribute("subscription", subscription);
        model.addAttribute("deliveries", concerns.deliveries(code, subscription.subscriptionId()));
        return withChoices(code, form == null ? SubscriptionForm.of(subscription) : form, errors, model,
                "municipality/concern/subscription");
    }

    private Subscription find(String code, String id) {
        return concerns.subscriptions(code).stream()
                .filter(subscription -> subscription.subscriptionId().equals(id))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ukendt abonnement"));
    }

    private static String withChoices(String code, SubscriptionForm form, FormErrors errors, Model model,
                                      String view) {
        model.addAttribute("municipality", municipality(code));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("themes", Theme.values());
        model.addAttribute("severities", ConcernSeverity.values());
        model.addAttribute("municipalities", ReferenceData.instance().municipalities().stream()
                .sorted(Comparator.comparing(Municipality::name)).toList());
        return view;
    }
}
