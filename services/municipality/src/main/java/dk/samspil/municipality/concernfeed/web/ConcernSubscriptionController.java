package dk.samspil.municipality.concernfeed.web;

import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.municipality.concernfeed.command.CancelConcernSubscriptionCommand;
import dk.samspil.municipality.concernfeed.command.ChangeConcernSubscriptionCommand;
import dk.samspil.municipality.concernfeed.command.SubscribeToConcernsCommand;
import dk.samspil.municipality.concernfeed.command.SubscriptionArea;
import dk.samspil.municipality.concernfeed.command.SubscriptionNotFoundException;
import dk.samspil.municipality.concernfeed.messaging.WebhookDelivery;
import dk.samspil.municipality.concernfeed.messaging.WebhookDeliveryLog;
import dk.samspil.municipality.concernfeed.messaging.WebhookDestinations;
import dk.samspil.municipality.concernfeed.query.FeedSubscription;
import dk.samspil.municipality.concernfeed.query.FetchConcernSubscriptionsQuery;
import dk.samspil.municipality.concernfeed.query.SubscriptionStore;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A municipality's subscriptions to concerns raised elsewhere, and the delivery log of their webhooks. */
@RestController
@RequestMapping("/api/municipalities/{kommunekode}/concern-subscriptions")
class ConcernSubscriptionController {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final WebhookDestinations destinations;
    private final SubscriptionStore subscriptions;
    private final WebhookDeliveryLog deliveries;
    private final ReferenceData referenceData = ReferenceData.instance();

    ConcernSubscriptionController(CommandGateway commandGateway, QueryGateway queryGateway,
                                  WebhookDestinations destinations, SubscriptionStore subscriptions,
                                  WebhookDeliveryLog deliveries) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.destinations = destinations;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    @PostMapping
    ResponseEntity<SubscriptionSaved> subscribe(@PathVariable String kommunekode,
                                                @Valid @RequestBody SubscriptionRequest request,
                                                UriComponentsBuilder uri) {
        String municipalityCode = referenceData.municipality(kommunekode).code();
        String webhookUrl = checkedWebhookUrl(request);
        String subscriptionId = UUID.randomUUID().toString();
        String secret = webhookUrl == null ? null : newSecret();
        commandGateway.sendAndWait(new SubscribeToConcernsCommand(subscriptionId, municipalityCode, themes(request),
                area(request), request.minimumSeverity(), webhookUrl, secret));
        return ResponseEntity
                .created(uri.path("/api/municipalities/{code}/concern-subscriptions/{id}")
                        .build(municipalityCode, subscriptionId))
                .body(new SubscriptionSaved(subscriptionId, secret));
    }

    @PutMapping("/{subscriptionId}")
    SubscriptionSaved change(@PathVariable String kommunekode, @PathVariable String subscriptionId,
                             @Valid @RequestBody SubscriptionRequest request) {
        String municipalityCode = referenceData.municipality(kommunekode).code();
        String webhookUrl = checkedWebhookUrl(request);
        String issuedSecret = commandGateway.sendAndWait(new ChangeConcernSubscriptionCommand(subscriptionId,
                municipalityCode, themes(request), area(request), request.minimumSeverity(), webhookUrl,
                webhookUrl == null ? null : newSecret()));
        return new SubscriptionSaved(subscriptionId, issuedSecret);
    }

    @DeleteMapping("/{subscriptionId}")
    ResponseEntity<Void> cancel(@PathVariable String kommunekode, @PathVariable String subscriptionId) {
        String municipalityCode = referenceData.municipality(kommunekode).code();
        commandGateway.sendAndWait(new CancelConcernSubscriptionCommand(subscriptionId, municipalityCode));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    List<SubscriptionResponse> list(@PathVariable String kommunekode) {
        String municipalityCode = referenceData.municipality(kommunekode).code();
        return queryGateway.query(new FetchConcernSubscriptionsQuery(municipalityCode),
                        ResponseTypes.multipleInstancesOf(FeedSubscription.class)).join().stream()
                .map(SubscriptionResponse::of)
                .toList();
    }

    @GetMapping("/{subscriptionId}/deliveries")
    List<WebhookDelivery> deliveries(@PathVariable String kommunekode, @PathVariable String subscriptionId) {
        String municipalityCode = referenceData.municipality(kommunekode).code();
        subscriptions.find(subscriptionId)
                .filter(subscription -> subscription.municipalityCode().equals(municipalityCode))
                .orElseThrow(() -> new SubscriptionNotFoundException(municipalityCode, subscriptionId));
        return deliveries.ofSubscription(subscriptionId);
    }

    private String checkedWebhookUrl(SubscriptionRequest request) {
        String webhookUrl = request.webhookUrlOrNull();
        if (webhookUrl != null) {
            destinations.checkForSubscription(webhookUrl);
        }
        return webhookUrl;
    }

    private static List<Theme> themes(SubscriptionRequest request) {
        return request.themes() == null ? List.of()
                : request.themes().stream().filter(Objects::nonNull).map(Theme::parse).toList();
    }

    private static SubscriptionArea area(SubscriptionRequest request) {
        SubscriptionRequest.Area area = request.area();
        return new SubscriptionArea(Boolean.TRUE.equals(area.ownDistrict()), area.districtCodes(),
                area.municipalityCodes(), Boolean.TRUE.equals(area.national()));
    }

    private static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
