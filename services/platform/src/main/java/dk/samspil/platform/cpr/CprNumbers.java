package dk.samspil.platform.cpr;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Danish CPR numbers in free text: DDMMYY-SSSS, with a hyphen, a space or nothing between the parts, whose
 * first six digits are a real date of birth. The century follows from the seventh digit as the CPR office assigns
 * it, and replacement numbers (erstatningspersonnumre) have 60 added to the day. The modulus-11 check is deliberately
 * not used: numbers that fail it have been issued since 2007, so it would wave real numbers through.
 *
 * <p>Ten digits standing alone are needed, so phone numbers (8 digits), amounts, dates written with separators, case
 * numbers with a year and a serial, and longer digit runs (account and EAN numbers) are not taken for one. A UUID, as
 * an id or inside a text (a link to an initiative), is an identifier: about one random UUID in 3,200 has ten digits
 * in its last group that form a date.
 */
public final class CprNumbers {

    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\d-])(\\d{2})(\\d{2})(\\d{2})[- ]?(\\d)(\\d{3})(?![\\d-])");
    private static final Pattern UUID =
            Pattern.compile("(?<![0-9a-fA-F-])\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}(?![0-9a-fA-F-])");
    private static final int REPLACEMENT_DAY_OFFSET = 60;

    private CprNumbers() {
    }

    /** True when the text holds something that reads as a CPR number; the number itself is never returned. */
    public static boolean containsCprNumber(String text) {
        if (text == null || text.length() < 10) {
            return false;
        }
        Matcher matcher = CANDIDATE.matcher(UUID.matcher(text).replaceAll("#"));
        while (matcher.find()) {
            if (isDateOfBirth(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDateOfBirth(int day, int month, int yearOfCentury, int seventhDigit) {
        int dayOfMonth = day > REPLACEMENT_DAY_OFFSET ? day - REPLACEMENT_DAY_OFFSET : day;
        try {
            LocalDate.of(century(yearOfCentury, seventhDigit) + yearOfCentury, month, dayOfMonth);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The CPR office's rule: the seventh digit and the year together give the century of birth. */
    private static int century(int yearOfCentury, int seventhDigit) {
        if (seventhDigit <= 3) {
            return 1900;
        }
        if (seventhDigit == 4 || seventhDigit == 9) {
            return yearOfCentury <= 36 ? 2000 : 1900;
        }
        return yearOfCentury <= 57 ? 2000 : 1800;
    }
}
