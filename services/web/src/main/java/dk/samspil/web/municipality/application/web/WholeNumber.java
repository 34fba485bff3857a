package dk.samspil.web.municipality.application.web;

import java.util.regex.Pattern;

/** A whole number as a person types it: "25000", "25.000" or "25 000". */
final class WholeNumber {

    private static final Pattern DIGITS = Pattern.compile("-?\\d{1,15}");

    private WholeNumber() {
    }

    static boolean unreadable(String typed) {
        return !typed.isBlank() && !DIGITS.matcher(normalised(typed)).matches();
    }

    /** The number, or null for an empty field. */
    static Long parse(String typed) {
        return typed.isBlank() ? null : Long.valueOf(normalised(typed));
    }

    private static String normalised(String typed) {
        return typed.strip().replace(".", "").replace(" ", "").replace("\u00a0", "");
    }
}
