package dk.samspil.municipality.initiative.command;

/** No initiative with this id belongs to the asking municipality (another municipality's counts as none). */
public class InitiativeNotFoundException extends RuntimeException {

    public InitiativeNotFoundException(String initiativeId, String municipalityCode) {
        super("Kommune " + municipalityCode + " har ingen indsats med id " + initiativeId);
    }
}
