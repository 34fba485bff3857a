package dk.samspil.contracts.national;

import java.time.LocalDate;

/**
 * {@code dk.samspil.national-association.project-grant-accepted.v1}: the association accepted an awarded grant under
 * the board mandate decided on {@code boardMandateDecidedOn} (minutes reference {@code boardMandateReference}).
 */
public record ProjectGrantAccepted(String projectId, String grantId, String grantor, long amount,
                                   LocalDate boardMandateDecidedOn, String boardMandateReference)
        implements ProjectEvent {
}
