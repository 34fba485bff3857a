package dk.samspil.platform.activity.timeline;

import java.util.List;

/**
 * The group's municipalities in national projects at the moment of the picture.
 *
 * @param invited        invitations not yet answered, one per municipality and project
 * @param joined         municipalities taking part, one per municipality and project
 * @param municipalities how many municipalities are invited to or take part in at least one project
 * @param projectIds     the projects they are invited to or take part in, sorted
 */
public record PilotFigures(long invited, long joined, long municipalities, List<String> projectIds) {

    public PilotFigures {
        projectIds = List.copyOf(projectIds);
    }
}
