package dk.samspil.local.demo;

import java.util.List;

/** A kind of concern SSP consultants share across borders: about groups, trends and places, never about a person. */
record ConcernTemplate(String title, String description, List<String> themes, String severity) {

    static final List<ConcernTemplate> CATALOGUE = List.of(
            new ConcernTemplate("Unge samles ved stationen fredag aften",
                    "En gruppe på 10-15 unge fra flere kommuner mødes ved stationen; pendlere oplever utryghed.",
                    List.of("YOUTH_GROUPS", "UNSAFE_PLACES"), "WATCH"),
            new ConcernTemplate("Nikotinposer sælges til elever i udskolingen",
                    "Skolerne finder flere nikotinposer; salget ser ud til at foregå via sociale medier.",
                    List.of("NICOTINE_PRODUCTS"), "WATCH"),
            new ConcernTemplate("Hash ved skaterparken om aftenen",
                    "Gadeteamet har set handel med hash ved skaterparken flere aftener i træk.",
                    List.of("CANNABIS", "UNSAFE_PLACES"), "ALERT"),
            new ConcernTemplate("Nøgenbilleder deles i klassechats",
                    "Flere skoler melder om deling af billeder i 7.-8. klasse; forældrene er ikke klar over det.",
                    List.of("IMAGE_SHARING", "ONLINE_HATE"), "ALERT"),
            new ConcernTemplate("Unge spiller om skins og penge",
                    "Fritidsklubberne ser unge låne penge til skins og betting; gælden fører til konflikter.",
                    List.of("GAMBLING_AND_SKINS"), "INFO"),
            new ConcernTemplate("Ældre unge forsøger at hverve drenge til kurerkørsel",
                    "Politiet ser tegn på, at drenge på 13-15 år tilbydes penge for at bringe pakker mellem byerne.",
                    List.of("GANG_RECRUITMENT"), "ALERT"),
            new ConcernTemplate("Hærværk på skoler i weekenderne",
                    "Ruder og legepladser ødelægges; det sker i flere nabokommuner samme weekender.",
                    List.of("VANDALISM", "YOUTH_GROUPS"), "INFO"));
}
