package dk.samspil.web.page;

import org.springframework.stereotype.Component;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;

/** Numbers, amounts and dates the Danish way, for the templates ({@code ${@danish.kroner(amount)}}). */
@Component("danish")
public class DanishFormats {

    public static final Locale DANISH = Locale.forLanguageTag("da-DK");
    public static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm", DANISH);

    public String number(long value) {
        return NumberFormat.getIntegerInstance(DANISH).format(value);
    }

    public String kroner(long amount) {
        return number(amount) + " kr.";
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant moment) {
        return moment == null ? "" : DATE_TIME.format(moment.atZone(DENMARK));
    }

    /** "a", "a og b", "a, b og c". */
    public String list(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " og " + items.get(items.size() - 1);
    }

    /**
     * "3 i gang, 1 kladde": the non-zero counts, largest first, at most {@code limit}, each named by its label (or
     * by its key where no label is given, as for themes).
     */
    public String counts(Map<String, Long> counts, Map<String, String> labels, int limit) {
        return counts.entrySet().stream()
                .filter(count -> count.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(limit)
                .map(count -> number(count.getValue()) + " " + labels.getOrDefault(count.getKey(), count.getKey()))
                .collect(Collectors.joining(", "));
    }

    /** {@link #counts(Map, Map, int)} of counts whose keys are their own names (themes). */
    public String counts(Map<String, Long> counts, int limit) {
        return counts(counts, Map.of(), limit);
    }

    /** "1 indsats" or "3 indsatser". */
    public String count(long value, String one, String many) {
        return number(value) + " " + (value == 1 ? one : many);
    }
}
