package dk.samspil.nationalassociation.forum.query;

public record FetchForumQuery(String forumId) {
}
