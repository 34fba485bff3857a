package dk.samspil.web.national.forum.web;

import dk.samspil.platform.security.Role;
import dk.samspil.web.national.forum.query.ForumResponse;
import dk.samspil.web.page.FormStep;
import dk.samspil.web.signin.SignedInUser;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import static dk.samspil.web.page.FormField.kroner;
import static dk.samspil.web.page.FormField.list;
import static dk.samspil.web.page.FormField.text;
import static dk.samspil.web.page.FormField.year;

/**
 * The steps of a forum the detail page offers as forms, posted to the web at {@code /landet/fora/{id}/{slug}} (a
 * member's leaving at {@code /landet/fora/{id}/medlemmer/{memberId}/udtraeden}) and passed on to the same place under
 * {@code /api/national/forums/{id}}. As in the national association's service, a closed forum takes no further steps
 * and only the national secretariat takes them; the board reads. The service still decides.
 */
public enum ForumStep {

    COORDINATOR(FormStep.of("koordinator", "coordinators", "Udpeg koordinatoren", "Koordinatoren er udpeget.",
            text("role"), text("municipalityCode"), kroner("honorarium"), text("contactName"))),
    MEMBER(FormStep.of("medlem", "members", "Optag medlemmet", "Medlemmet er optaget.",
            text("municipalityCode"), text("role"), text("committedFrom"))),
    MEMBER_LEAVING(FormStep.of("udtraeden", "leaving", "Registrér udtræden", "Medlemmets udtræden er registreret.")),
    MEETING(FormStep.of("moede", "meetings", "Registrér mødet", "Mødet er registreret.",
            text("heldOn"), text("subject"), list("attendingMunicipalityCodes"))),
    YEARLY_STATUS(FormStep.of("aarsstatus", "yearly-status", "Afgiv status", "Årets status er afgivet.",
            year("year"), text("text"))),
    PRODUCT(FormStep.of("materiale", "products", "Udgiv materialet", "Materialet er udgivet.",
            text("title"), text("description"), text("publishedOn"))),
    CLOSURE(FormStep.of("lukning", "closure", "Luk forummet", "Forummet er lukket."));

    private final FormStep form;

    ForumStep(FormStep form) {
        this.form = form;
    }

    static Optional<ForumStep> ofSlug(String slug) {
        return Arrays.stream(values()).filter(step -> step.form.slug().equals(slug)).findFirst();
    }

    /** Whether this user may take steps on this forum now: the secretariat, on an active forum. */
    static boolean offered(SignedInUser user, ForumResponse forum) {
        return mayEstablish(user) && forum.isActive();
    }

    /** Only the secretariat establishes forums and takes their steps. */
    static boolean mayEstablish(SignedInUser user) {
        return user != null && user.hasAny(Set.of(Role.NATIONAL_SECRETARIAT));
    }

    public FormStep form() {
        return form;
    }

    /** Where the form posts to. */
    public String action(String forumId, String memberId) {
        String forum = "/landet/fora/" + forumId + "/";
        return memberId == null ? forum + form.slug() : forum + "medlemmer/" + memberId + "/" + form.slug();
    }
}
