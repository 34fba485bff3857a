package dk.samspil.contracts.national;

/** Every published project event names its project (the aggregate id and the record key). */
public interface ProjectEvent {

    String projectId();
}
