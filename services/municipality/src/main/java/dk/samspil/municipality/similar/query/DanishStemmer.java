package dk.samspil.municipality.similar.query;

import java.util.Comparator;
import java.util.List;

/**
 * A light Danish stemmer: strips one inflectional ending (plural, definite, genitive, {@code -hed}, {@code -ende}),
 * the longest that leaves at least {@value #MIN_STEM} letters, then undoubles a final double consonant, so that
 * "skolerne", "skoler" and "skole" all become "skol", and "forældrene" and "forældre" become "forældr". It does not
 * split compounds or relate derived words ("unge" and "ungdom" stay apart). The endings follow the Snowball Danish
 * stemmer's first step, plus {@code -eten/-eter} so that "kriminaliteten" meets "kriminalitet". Like Snowball it
 * errs on a few words ("proces" becomes "proc", "processen" "proces").
 */
final class DanishStemmer {

    static final int MIN_STEM = 3;

    private static final List<String> ENDINGS = List.of(
            "hed", "ethed", "ered", "e", "erede", "ende", "erende", "ene", "erne", "ere", "en", "heden", "eren", "er",
            "heder", "erer", "heds", "es", "endes", "erendes", "enes", "ernes", "eres", "ens", "hedens", "erens", "ers",
            "ets", "erets", "et", "eret", "eten", "etens", "eter", "eterne", "eternes")
            .stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    /** A final -s is a genitive or plural ending only after these letters (Snowball's s-ending). */
    private static final String S_ENDING_AFTER = "abcdfghjklmnoprtvyzå";

    private DanishStemmer() {
    }

    static String stem(String word) {
        return undouble(stripEnding(word));
    }

    private static String stripEnding(String word) {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        if (word.endsWith("s") && word.length() - 1 >= MIN_STEM
                && S_ENDING_AFTER.indexOf(word.charAt(word.length() - 2)) >= 0) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static String undouble(String stem) {
        int length = stem.length();
        if (length > MIN_STEM && stem.charAt(length - 1) == stem.charAt(length - 2)
                && "aeiouyæøå".indexOf(stem.charAt(length - 1)) < 0) {
            return stem.substring(0, length - 1);
        }
        return stem;
    }
}
