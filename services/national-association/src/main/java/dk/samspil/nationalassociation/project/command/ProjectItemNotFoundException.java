package dk.samspil.nationalassociation.project.command;

/** The grant, pilot municipality or milestone a step names is not the project's; {@code field} names which id. */
public class ProjectItemNotFoundException extends RuntimeException {

    private final String field;

    private ProjectItemNotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    static ProjectItemNotFoundException grant(String projectId, String grantId) {
        return new ProjectItemNotFoundException("grantId", "Projektet " + projectId + " har ingen bevilling med id " + grantId);
    }

    static ProjectItemNotFoundException pilotMunicipality(String projectId, String municipalityCode) {
        return new ProjectItemNotFoundException("municipalityCode", "Kommune " + municipalityCode
                + " er ikke inviteret som pilotkommune i projektet " + projectId);
    }

    static ProjectItemNotFoundException milestone(String projectId, String milestoneId) {
        return new ProjectItemNotFoundException("milestoneId", "Projektet " + projectId + " har ingen milepæl med id " + milestoneId);
    }

    public String field() {
        return field;
    }
}
