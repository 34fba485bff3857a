package dk.samspil.municipality.concernfeed.query;

import java.util.List;

/** {@code unreadItems} counts the whole feed, not only this page. */
public record FeedPage(List<FeedItem> items, int page, int size, long totalItems, long unreadItems) {
}
