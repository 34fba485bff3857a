package dk.samspil.platform.activity.timeline;

/**
 * Concerns of a group of municipalities.
 *
 * @param raised              raised by the group's municipalities so far (or in the period)
 * @param escalated           escalations made by the group's municipalities
 * @param escalatedToDistrict concerns escalated to the police district (zero for the country)
 * @param open                open at the moment of the picture
 */
public record ConcernFigures(long raised, long escalated, long escalatedToDistrict, long open) {

    public ConcernFigures minus(ConcernFigures earlier) {
        return new ConcernFigures(raised - earlier.raised, escalated - earlier.escalated,
                escalatedToDistrict - earlier.escalatedToDistrict, open);
    }
}
