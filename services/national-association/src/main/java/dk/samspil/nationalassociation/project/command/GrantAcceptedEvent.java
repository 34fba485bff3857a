package dk.samspil.nationalassociation.project.command;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record GrantAcceptedEvent(String projectId, String grantId, String grantor, long amount,
                                 LocalDate boardMandateDecidedOn, String boardMandateReference) {
}
