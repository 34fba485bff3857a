package dk.samspil.contracts.reference;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The managed vocabulary of themes (temaer) that concerns, district priorities and local reports are tagged with.
 * Initiatives carry free-text themes; {@link #matching(String)} tells which vocabulary theme such a text is about, so a
 * district can see whether a municipality's initiatives address its priorities.
 */
public enum Theme {
    NICOTINE_PRODUCTS("nikotinprodukter", "nikotin", "snus", "vape", "e-cigaret", "rygning"),
    CANNABIS("hash og andre stoffer", "hash", "cannabis", "stoffer", "rusmidler", "narko"),
    ALCOHOL("alkohol", "alkohol", "druk", "fest"),
    ONLINE_HATE("online had", "online had", "hadefuld", "hate", "mobning online", "digital mobning"),
    IMAGE_SHARING("deling af billeder", "billeddeling", "deling af billeder", "nøgenbilleder", "sexting"),
    GAMBLING_AND_SKINS("gambling og skins", "gambling", "skins", "spil om penge", "lootbox"),
    GANG_RECRUITMENT("rekruttering til bander", "bande", "rekruttering", "kriminelle grupper"),
    YOUTH_GROUPS("ungegrupper", "ungegruppe", "grupper af unge", "gadeplan"),
    UNSAFE_PLACES("utrygge steder", "utryg", "tryghed", "byrum", "nattevandring"),
    VIOLENCE_AND_WEAPONS("vold og våben", "vold", "kniv", "våben"),
    VANDALISM("hærværk", "hærværk", "graffiti", "ildspåsættelse"),
    THEFT_AND_BURGLARY("tyveri og indbrud", "tyveri", "indbrud", "butikstyveri");

    private final String label;
    private final List<String> keywords;

    Theme(String label, String... keywords) {
        this.label = label;
        this.keywords = List.of(keywords);
    }

    public String label() {
        return label;
    }

    /** Reads a theme as clients send it: the code in any case ({@code nicotine_products}) or the Danish label. */
    public static Theme parse(String value) {
        String wanted = value == null ? "" : value.trim();
        return Arrays.stream(values())
                .filter(theme -> theme.name().equalsIgnoreCase(wanted.replace('-', '_'))
                        || theme.label.equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new UnknownThemeException(wanted));
    }

    /** The vocabulary theme a free-text theme (an initiative's) is about, if any: by label, code or keyword. */
    public static Optional<Theme> matching(String freeText) {
        String text = fold(freeText);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(theme -> text.equals(fold(theme.name().replace('_', ' '))) || text.contains(fold(theme.label))
                        || theme.keywords.stream().anyMatch(keyword -> text.contains(fold(keyword))))
                .findFirst();
    }

    private static String fold(String text) {
        String lower = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Normalizer.normalize(lower, Normalizer.Form.NFC);
    }
}
