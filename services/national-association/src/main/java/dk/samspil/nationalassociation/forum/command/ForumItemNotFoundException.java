package dk.samspil.nationalassociation.forum.command;

/** The member a step names is not the forum's; {@code field} names which id. */
public class ForumItemNotFoundException extends RuntimeException {

    private final String field;

    public ForumItemNotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    public static ForumItemNotFoundException member(String memberId) {
        return new ForumItemNotFoundException("memberId", "Forummet har intet medlem med id " + memberId);
    }

    public String field() {
        return field;
    }
}
