package dk.samspil.municipality.concernfeed.query;

/** Told of every feed entry that appeared or changed, after it was stored (the live stream, the webhooks). */
public interface FeedEntryListener {

    void entryChanged(FeedEntryChange change);
}
