package dk.samspil.web.page;

import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.Theme;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;

/** The reference data forms offer as choices: the themes, the 98 municipalities in Danish order, the 12 districts. */
public final class ReferenceChoices {

    private static final List<Choice> THEMES = Choice.of(Theme.class, Theme::label);
    private static final List<Choice> MUNICIPALITIES = ReferenceData.instance().municipalities().stream()
            .sorted(Comparator.comparing(Municipality::name, Collator.getInstance(DanishFormats.DANISH)))
            .map(municipality -> new Choice(municipality.code(), municipality.name()))
            .toList();
    private static final List<Choice> DISTRICTS = ReferenceData.instance().districts().stream()
            .map(district -> new Choice(district.code(), district.name()))
            .toList();

    private ReferenceChoices() {
    }

    public static List<Choice> themes() {
        return THEMES;
    }

    public static List<Choice> municipalities() {
        return MUNICIPALITIES;
    }

    public static List<Choice> districts() {
        return DISTRICTS;
    }
}
