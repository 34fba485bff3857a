package dk.samspil.nationalassociation.gathering.query;

/**
 * The gatherings by the day they take or took place. {@code district}: null for all, {@link #NATIONAL} for the
 * national ones, otherwise a police district's code; {@code year}: null for every year.
 */
public record FetchGatheringsQuery(String district, Integer year) {

    public static final String NATIONAL = "national";
}
