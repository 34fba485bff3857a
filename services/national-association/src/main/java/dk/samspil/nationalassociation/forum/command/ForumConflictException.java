package dk.samspil.nationalassociation.forum.command;

/**
 * A step that is valid on its own but conflicts with what the forum already holds: the forum is closed, the member
 * has left, the year's meetings or status are already recorded. {@code field} and {@code value} name the part of the
 * request that collides, where there is one.
 */
public class ForumConflictException extends RuntimeException {

    private final ForumStatus currentStatus;
    private final String field;
    private final String value;

    public ForumConflictException(ForumStatus currentStatus, String field, String value, String message) {
        super(message);
        this.currentStatus = currentStatus;
        this.field = field;
        this.value = value;
    }

    public static ForumConflictException closed(String step) {
        return new ForumConflictException(ForumStatus.CLOSED, null, null,
                "Forummet er lukket og kan ikke længere " + step);
    }

    public ForumStatus currentStatus() {
        return currentStatus;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }
}
