package dk.samspil.local;

/** The values of the subcommands' options, checked as they are read. */
public final class OptionValues {

    private OptionValues() {
    }

    /** The value of {@code option} as a positive whole number, or an error naming the option. */
    public static int positive(String option, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(option + " skal være et positivt heltal, ikke '" + value + "'");
    }
}
