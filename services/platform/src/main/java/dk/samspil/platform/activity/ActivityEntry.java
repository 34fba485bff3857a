package dk.samspil.platform.activity;

/** What a municipality's activity keeps about one aggregate: enough for the dashboards, and the last sequence applied. */
public interface ActivityEntry {

    /** The aggregate sequence of the last event applied to this entry. */
    long sequence();
}
