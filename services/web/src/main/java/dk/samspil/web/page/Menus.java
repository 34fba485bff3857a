package dk.samspil.web.page;

import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.web.signin.SignedInUser;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pages a user is offered, by the organisation they act for and their roles. */
@Component
public class Menus {

    public List<MenuItem> of(SignedInUser user, String currentPath) {
        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put("/", new Page("Mit overblik", "Det, du kan åbne, og hvad der er sket siden sidst."));
        user.districtCouncil().ifPresent(district -> pages.put("/kredse/" + district, new Page("Kredsrådets overblik",
                "Kredsens kommuner: indsatser, forebyggelsestrekanten, budgetter, handleplaner, bekymringer og "
                        + "lokalrådenes rapporter.")));
        user.municipality().ifPresent(municipality -> pages.put(
                "/kommuner/" + ReferenceData.instance().municipality(municipality).code() + "/indsatser",
                new Page("Indsatser", "Kommunens indsatser fra ansøgning til afslutning: status, budget og de næste trin.")));
        user.municipality().ifPresent(municipality -> pages.put(
                "/kredse/" + ReferenceData.instance().districtOf(municipality).code(), new Page("Kredsens overblik",
                        "Din kommune side om side med de andre kommuner i politikredsen.")));
        if (user.seesTheNationalPicture()) {
            pages.put("/landet", new Page("Landsoverblik",
                    "De tolv politikredse side om side og kortet over landets 98 kommuner."));
            pages.put("/landet/udvikling", new Page("Udvikling måned for måned",
                    "Indsatser, forebyggelsesniveauer, bekymringer og budgetter over det seneste år."));
            pages.put("/landet/aarsberetning", new Page("Årsberetning",
                    "Udkastet til årsberetningen med et kapitel pr. kreds – til at læse, udskrive eller hente."));
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
