package dk.samspil.web.municipality.concern.query;

import java.time.Instant;
import java.util.List;

/** A page of the municipality's concern feed, newest activity first; {@code unreadItems} counts the whole feed. */
public record FeedPage(List<FeedItem> items, int page, int size, long totalItems, long unreadItems) {

    /** The newest activity on the page: it moves when the feed changed, which the page's live refresh waits for. */
    public Instant newestActivityAt() {
        return items.isEmpty() ? null : items.get(0).lastActivityAt();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < totalItems;
    }
}
