package dk.samspil.nationalassociation.forum.query;

/** Every forum, professional forums and experience networks alike, by name. */
public record FetchForumsQuery() {
}
