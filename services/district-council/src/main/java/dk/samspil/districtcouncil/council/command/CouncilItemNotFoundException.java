package dk.samspil.districtcouncil.council.command;

/** The meeting or decision a step names is not the council's; {@code field} names which id. */
public class CouncilItemNotFoundException extends RuntimeException {

    private final String field;

    private CouncilItemNotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    public static CouncilItemNotFoundException meeting(String districtCode, String meetingId) {
        return new CouncilItemNotFoundException("meetingId", "Kredsrådet i politikreds " + districtCode
                + " har intet møde med id " + meetingId);
    }

    public static CouncilItemNotFoundException decision(String districtCode, String decisionId) {
        return new CouncilItemNotFoundException("decisionId", "Kredsrådet i politikreds " + districtCode
                + " har ingen beslutning med id " + decisionId);
    }

    public String field() {
        return field;
    }
}
