package dk.samspil.web.page;

import dk.samspil.platform.security.Role;
import dk.samspil.web.signin.SignedInUser;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The pages a user is offered, by the organisation they act for and their roles. */
@Component
public class Menus {

    public List<MenuItem> of(SignedInUser user, String currentPath) {
        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put("/", new Page("Mit overblik", "Det, du kan åbne, og hvad der er sket siden sidst."));
        user.municipality().filter(code -> user.hasAny(Role.MUNICIPAL_STAFF)).ifPresent(municipality -> {
            String base = "/kommuner/" + municipality;
            pages.put(base + "/indsatser", new Page("Indsatser",
                    "Kommunens indsatser fra ansøgning til afslutning: status, budget og de næste trin."));
            pages.put(base + "/pulje", new Page("Puljen",
                    "Årets pulje: beløbet, hvad der er reserveret og brugt pr. indsats, og hvad der er tilbage."));
            pages.put(base + "/handleplaner", new Page("Handleplan",
                    "Den toårige handleplan med de seks punkter, vedtagelse, fremlæggelse i kredsrådet og opfølgning."));
            pages.put(base + "/bekymringer", new Page("Bekymringer",
                    "Kommunens bekymringer: rejs en ny, følg op, bekræft, eskalér og løs."));
            pages.put(base + "/bekymringsfeed", new Page("Bekymringsfeed",
                    "Bekymringer fra andre kommuner, der matcher jeres abonnementer – opdateres mens siden er åben."));
            pages.put(base + "/abonnementer", new Page("Abonnementer",
                    "Hvilke bekymringer I følger: temaer, område, alvor og webhook."));
            pages.put(base + "/projekter", new Page("Nationale projekter",
                    "SSP-Samrådets projekter, som kommunen deltager i som pilotkommune."));
        });
        user.localCouncil().ifPresent(council -> pages.put("/lokalraad/" + council, new Page("Lokalrådet",
                "Lokalrådets aktiviteter, rapporter om den lokale udvikling og kredsrådets beslutninger.")));
        user.followedDistrict().ifPresent(district -> pages.put("/kredse/" + district, user.districtCouncil().isPresent()
                ? new Page("Kredsrådets overblik", "Kredsens kommuner: indsatser, forebyggelsestrekanten, budgetter, "
                        + "handleplaner, bekymringer og lokalrådenes rapporter.")
                : new Page("Kredsens overblik", "Din kommune side om side med de andre kommuner i politikredsen.")));
        user.districtCouncil().ifPresent(district -> {
            String base = "/kredse/" + district;
            pages.put(base + "/prioriteter", new Page("Strategiske prioriteter",
                    "Kredsrådets prioriteter for perioden og de kommuner, der arbejder med dem."));
            pages.put(base + "/samarbejdsplan", new Page("Samarbejdsplan",
                    "Udkast og offentliggørelse af kredsens samarbejdsplan."));
            pages.put(base + "/moeder", new Page("Kredsrådets møder",
                    "Møder med dagsordener, beslutninger og lokalrådenes opgaver; mødepakken til udskrift."));
        });
        if (user.seesTheNationalPicture()) {
            pages.put("/landet", new Page("Landsoverblik",
                    "De tolv politikredse side om side og kortet over landets 98 kommuner."));
            pages.put("/landet/udvikling", new Page("Udvikling måned for måned",
                    "Indsatser, forebyggelsesniveauer, bekymringer og budgetter over det seneste år."));
            pages.put("/landet/aarsberetning", new Page("Årsberetning",
                    "Udkastet til årsberetningen med et kapitel pr. kreds – til at læse, udskrive eller hente."));
        }
        if (user.hasAny(Role.NATIONAL)) {
            pages.put("/landet/projekter", new Page("Nationale projekter",
                    "Projekter med bevillinger, pilotkommuner og milepæle; foreslå et nyt."));
            pages.put("/landet/arrangementer", new Page("Arrangementer",
                    "Kurser, temadage, webinarer og årsmøder i kredsene: planlæg, registrér deltagere, aflys."));
            pages.put("/landet/fora", new Page("Fora og netværk",
                    "Fagfora og erfaringsnetværk: koordinatorer, medlemmer, møder, årlig status og materialer."));
        }
        if (user.hasAny(Set.of(Role.AUDITOR))) {
            pages.put("/revision", new Page("Revisionsspor",
                    "Hvem har set eller ændret en indsats, en bekymring eller et forum – hvornår og hvorfor."));
        }
        if (user.hasAny(Set.of(Role.DPO, Role.SSP_SECRETARIAT, Role.NATIONAL_SECRETARIAT))) {
            pages.put("/personoplysninger/sletning", new Page("Slet personoplysninger",
                    "Slet en medarbejders personoplysninger, fx en tovholder, der er stoppet."));
        }
        String current = pages.keySet().stream()
                .filter(href -> currentPath.equals(href) || !href.equals("/") && currentPath.startsWith(href + "/"))
                .max(Comparator.comparingInt(String::length))
                .orElse(null);
        return pages.entrySet().stream()
                .map(page -> new MenuItem(page.getValue().label(), page.getKey(), page.getValue().description(),
                        page.getKey().equals(current)))
                .toList();
    }

    private record Page(String label, String description) {
    }
}
