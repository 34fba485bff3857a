package dk.samspil.contracts.municipality;

/** Every published initiative event names the initiative, its municipality and the status it leaves it in. */
public interface InitiativeEvent {

    String initiativeId();

    String municipalityCode();

    InitiativeStatus resultingStatus();
}
