package dk.samspil.municipality.concernfeed.command;

import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.contracts.reference.UnknownMunicipalityException;
import dk.samspil.contracts.reference.UnknownPoliceDistrictException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A municipality's wish to hear of concerns raised elsewhere: by theme, by area and from a minimum severity, perhaps
 * also through a webhook. The webhook's secret is issued once, when the subscription first gets a webhook, and kept.
 */
@Aggregate
public class ConcernSubscription {

    @AggregateIdentifier
    private String subscriptionId;
    private String municipalityCode;
    private String webhookSecret;
    private SubscriptionStatus status;

    protected ConcernSubscription() {
        // for Axon
    }

    @CommandHandler
    public ConcernSubscription(SubscribeToConcernsCommand command) {
        SubscriptionArea area = checked(command.area(), command.minimumSeverity(), command.webhookUrl(),
                command.webhookSecret());
        apply(new ConcernSubscribedEvent(command.subscriptionId(), command.municipalityCode(), distinct(command.themes()),
                area.ownDistrict(), area.districtCodes(), area.municipalityCodes(), area.national(),
                command.minimumSeverity(), command.webhookUrl(), command.webhookUrl() == null ? null : command.webhookSecret()));
    }

    /** @return the webhook secret issued by this change: non-null only when the subscription gains its first webhook */
    @CommandHandler
    String handle(ChangeConcernSubscriptionCommand command) {
        requireActiveSubscriptionOf(command.municipalityCode());
        String previousSecret = webhookSecret;
        String secret = command.webhookUrl() == null ? null
                : previousSecret != null ? previousSecret : command.newWebhookSecret();
        SubscriptionArea area = checked(command.area(), command.minimumSeverity(), command.webhookUrl(), secret);
        apply(new ConcernSubscriptionChangedEvent(subscriptionId, municipalityCode, distinct(command.themes()),
                area.ownDistrict(), area.districtCodes(), area.municipalityCodes(), area.national(),
                command.minimumSeverity(), command.webhookUrl(), secret));
        return secret != null && previousSecret == null ? secret : null;
    }

    @CommandHandler
    void handle(CancelConcernSubscriptionCommand command) {
        requireActiveSubscriptionOf(command.municipalityCode());
        apply(new ConcernSubscriptionCancelledEvent(subscriptionId, municipalityCode));
    }

    private void requireActiveSubscriptionOf(String requestingMunicipality) {
        if (!municipalityCode.equals(requestingMunicipality)) {
            throw new SubscriptionNotFoundException(requestingMunicipality, subscriptionId);
        }
        if (status == SubscriptionStatus.CANCELLED) {
            throw new SubscriptionCancelledException(subscriptionId);
        }
    }

    /** The area with its codes in their canonical form, once the subscription is found valid. */
    private static SubscriptionArea checked(SubscriptionArea area, ConcernSeverity minimumSeverity, String webhookUrl,
                                            String webhookSecret) {
        if (area == null || area.namesNothing()) {
            throw new SubscriptionRuleViolation("area", null,
                    "Området skal nævne mindst én ting: egen politikreds, politikredse, kommuner eller hele landet");
        }
        ReferenceData reference = ReferenceData.instance();
        List<String> municipalityCodes = area.municipalityCodes().stream().map(code -> {
            try {
                return reference.municipality(code).code();
            } catch (UnknownMunicipalityException e) {
                throw new SubscriptionRuleViolation("area.municipalityCodes", code, "Ukendt kommune: " + code);
            }
        }).distinct().toList();
        List<String> districtCodes = area.districtCodes().stream().map(code -> {
            try {
                return reference.district(code).code();
            } catch (UnknownPoliceDistrictException e) {
                throw new SubscriptionRuleViolation("area.districtCodes", code, "Ukendt politikreds: " + code);
            }
        }).distinct().toList();
        if (minimumSeverity == null) {
            throw new SubscriptionRuleViolation("minimumSeverity", null, "Mindste alvorlighed skal udfyldes");
        }
        if (webhookUrl != null && (webhookSecret == null || webhookSecret.isBlank())) {
            throw new SubscriptionRuleViolation("webhookUrl", webhookUrl, "En webhook kræver en hemmelighed til signaturen");
        }
        return new SubscriptionArea(area.ownDistrict(), districtCodes, municipalityCodes, area.national());
    }

    private static List<Theme> distinct(List<Theme> themes) {
        return themes == null ? List.of() : themes.stream().distinct().toList();
    }

    @EventSourcingHandler
    void on(ConcernSubscribedEvent event) {
        subscriptionId = event.subscriptionId();
        municipalityCode = event.municipalityCode();
        webhookSecret = event.webhookSecret();
        status = SubscriptionStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(ConcernSubscriptionChangedEvent event) {
        if (event.webhookSecret() != null) {
            webhookSecret = event.webhookSecret();
        }
    }

    @EventSourcingHandler
    void on(ConcernSubscriptionCancelledEvent event) {
        status = SubscriptionStatus.CANCELLED;
    }
}
