package dk.samspil.nationalassociation.project.command;

import org.axonframework.serialization.Revision;

@Revision("1")
public record GrantAwardedEvent(String projectId, String grantId, String grantor, long amount) {
}
