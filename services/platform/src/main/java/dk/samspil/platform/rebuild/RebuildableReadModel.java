package dk.samspil.platform.rebuild;

/** A read model that can be dropped and built again from where its events are kept. */
interface RebuildableReadModel {

    String name();

    /** Drops the read model and starts reading its events from the start; returns once reading has begun. */
    void rebuild();

    ReadModelStatusResponse status();
}
