package dk.samspil.municipality.similar.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Danish free text as searchable words: lower-case, punctuation and other non-letters as separators, foreign
 * diacritics folded (é → e, ä → æ, ö → ø) while æ, ø and å stay, numbers and Danish stop words dropped, each
 * word stemmed by {@link DanishStemmer}. Each distinct stem appears once, in the order the text first uses it.
 */
final class DanishText {

    /** A word as the text wrote it (lower-case, folded) and its stem, the key it is indexed under. */
    record Word(String text, String stem) {
    }

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DIGITS = Pattern.compile("\\p{N}+");
    private static final Set<String> STOP_WORDS = Set.of(
            "ad", "af", "alle", "alt", "anden", "andet", "andre", "at", "blandt", "blev", "blive", "bliver", "bl",
            "da", "de", "dem", "den", "denne", "der", "deres", "det", "dette", "dig", "din", "disse", "dog", "du",
            "efter", "eller", "en", "end", "er", "et", "for", "fra", "fx", "få", "får", "gennem", "har", "have",
            "havde", "hen", "her", "hos", "hvad", "hvis", "hvor", "hvordan", "hvilke", "hvilken", "i", "ikke", "ind",
            "jeg", "jer", "jo", "kan", "kunne", "man", "mange", "med", "meget", "mellem", "men", "mod", "mv", "nogle",
            "noget", "nu", "når", "og", "også", "om", "op", "os", "over", "på", "samt", "selv", "sig", "sin", "sine",
            "sit", "skal", "skulle", "som", "så", "sådan", "til", "ud", "under", "ved", "vi", "via", "vil", "ville",
            "være", "været");

    private DanishText() {
    }

    static List<Word> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> stems = new LinkedHashSet<>();
        List<Word> words = new ArrayList<>();
        for (String token : SEPARATORS.split(fold(text))) {
            if (token.length() < 2 || DIGITS.matcher(token).matches() || STOP_WORDS.contains(token)) {
                continue;
            }
            String stem = DanishStemmer.stem(token);
            if (stems.add(stem)) {
                words.add(new Word(token, stem));
            }
        }
        return words;
    }

    /** A short phrase (a theme) as one key: its stems joined by single spaces; empty if nothing searchable is left. */
    static String phrase(String text) {
        return String.join(" ", words(text).stream().map(Word::stem).toList());
    }

    private static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC).codePoints().forEach(c -> {
            switch (c) {
                case 'æ', 'ø', 'å' -> folded.appendCodePoint(c);
                case 'ä' -> folded.append('æ');
                case 'ö' -> folded.append('ø');
                default -> folded.append(c < 128 ? Character.toString(c) : COMBINING_MARKS.matcher(
                        Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD)).replaceAll(""));
            }
        });
        return folded.toString();
    }
}
