package dk.samspil.municipality.concernfeed.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dk.samspil.contracts.municipality.ConcernSeverity.ALERT;
import static dk.samspil.contracts.municipality.ConcernSeverity.WATCH;
import static dk.samspil.contracts.reference.Theme.CANNABIS;
import static dk.samspil.contracts.reference.Theme.YOUTH_GROUPS;
import static org.axonframework.test.matchers.Matchers.predicate;

class ConcernSubscriptionTest {

    private static final String ID = "sub-1";
    private static final String STEVNS = "0336";
    private static final String HOOK = "https://hooks.stevns.dk/bekymringer";
    private static final SubscriptionArea OWN_DISTRICT = new SubscriptionArea(true, List.of(), List.of(), false);

    private AggregateTestFixture<ConcernSubscription> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ConcernSubscription.class);
    }

    @Test
    void subscribing_records_themes_area_severity_and_the_webhook_with_its_secret() {
        fixture.givenNoPriorActivity()
                .when(new SubscribeToConcernsCommand(ID, STEVNS, List.of(CANNABIS, YOUTH_GROUPS, CANNABIS),
                        new SubscriptionArea(true, List.of("1467"), List.of("259"), false), WATCH, HOOK, "s3cret"))
                .expectEvents(new ConcernSubscribedEvent(ID, STEVNS, List.of(CANNABIS, YOUTH_GROUPS), true,
                        List.of("1467"), List.of("0259"), false, WATCH, HOOK, "s3cret"));
    }

    @Test
    void subscribing_without_a_webhook_keeps_no_secret() {
        fixture.givenNoPriorActivity()
                .when(new SubscribeToConcernsCommand(ID, STEVNS, List.of(), OWN_DISTRICT, WATCH, null, "unused"))
                .expectEvents(subscribed(null, null));
    }

    @Test
    void an_area_that_names_nothing_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new SubscribeToConcernsCommand(ID, STEVNS, List.of(), new SubscriptionArea(false, List.of(),
                        List.of(), false), WATCH, null, null))
                .expectException(predicate((SubscriptionRuleViolation e) -> e.field().equals("area")))
                .expectNoEvents();
    }

    @Test
    void an_unknown_municipality_in_the_area_is_refused_naming_it() {
        fixture.givenNoPriorActivity()
                .when(new SubscribeToConcernsCommand(ID, STEVNS, List.of(), new SubscriptionArea(false, List.of(),
                        List.of("0259", "9999"), false), WATCH, null, null))
                .expectException(predicate((SubscriptionRuleViolation e) -> e.field().equals("area.municipalityCodes")
                        && e.value().equals("9999")))
                .expectNoEvents();
    }

    @Test
    void an_unknown_district_in_the_area_is_refused_naming_it() {
        fixture.givenNoPriorActivity()
                .when(new SubscribeToConcernsCommand(ID, STEVNS, List.of(), new SubscriptionArea(false, List.of("1999"),
                        List.of(), false), WATCH, null, null))
                .expectException(predicate((SubscriptionRuleViolation e) -> e.field().equals("area.districtCodes")
                        && e.value().equals("1999")))
                .expectNoEvents();
    }

    @Test
    void a_subscription_without_minimum_severity_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new SubscribeToConcernsCommand(ID, STEVNS, List.of(), OWN_DISTRICT, null, null, null))
                .expectException(predicate((SubscriptionRuleViolation e) -> e.field().equals("minimumSeverity")))
                .expectNoEvents();
    }

    @Test
    void a_webhook_without_a_secret_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new SubscribeToConcernsCommand(ID, STEVNS, List.of(), OWN_DISTRICT, WATCH, HOOK, null))
                .expectException(predicate((SubscriptionRuleViolation e) -> e.field().equals("webhookUrl")))
                .expectNoEvents();
    }

    @Test
    void a_change_keeps_the_webhook_secret_issued_first_and_issues_none() {
        fixture.given(subscribed(HOOK, "first"))
                .when(new ChangeConcernSubscriptionCommand(ID, STEVNS, List.of(), OWN_DISTRICT, ALERT,
                        HOOK + "/v2", "second"))
                .expectEvents(new ConcernSubscriptionChangedEvent(ID, STEVNS, List.of(), true, List.of(), List.of(),
                        false, ALERT, HOOK + "/v2", "first"))
                .expectResultMessagePayload(null);
    }

    @Test
    void a_change_that_adds_the_first_webhook_issues_the_new_secret() {
        fixture.given(subscribed(null, null))
                .when(new ChangeConcernSubscriptionCommand(ID, STEVNS, List.of(), OWN_DISTRICT, WATCH, HOOK, "fresh"))
                .expectEvents(new ConcernSubscriptionChangedEvent(ID, STEVNS, List.of(), true, List.of(), List.of(),
                        false, WATCH, HOOK, "fresh"))
                .expectResultMessagePayload("fresh");
    }

    @Test
    void a_change_is_checked_like_a_subscription() {
        fixture.given(subscribed(null, null))
                .when(new ChangeConcernSubscriptionCommand(ID, STEVNS, List.of(), new SubscriptionArea(false,
                        List.of(), List.of(), false), WATCH, null, null))
                .expectException(predicate((SubscriptionRuleViolation e) -> e.field().equals("area")))
                .expectNoEvents();
    }

    @Test
    void another_municipality_cannot_change_or_cancel_the_subscription() {
        fixture.given(subscribed(null, null))
                .when(new ChangeConcernSubscriptionCommand(ID, "0101", List.of(), OWN_DISTRICT, WATCH, null, null))
                .expectException(SubscriptionNotFoundException.class)
                .expectNoEvents();
        fixture.given(subscribed(null, null))
                .when(new CancelConcernSubscriptionCommand(ID, "0101"))
                .expectException(SubscriptionNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void cancelling_ends_the_subscription() {
        fixture.given(subscribed(null, null))
                .when(new CancelConcernSubscriptionCommand(ID, STEVNS))
                .expectEvents(new ConcernSubscriptionCancelledEvent(ID, STEVNS));
    }

    @Test
    void a_cancelled_subscription_cannot_be_changed() {
        fixture.given(subscribed(null, null), new ConcernSubscriptionCancelledEvent(ID, STEVNS))
                .when(new ChangeConcernSubscriptionCommand(ID, STEVNS, List.of(), OWN_DISTRICT, WATCH, null, null))
                .expectException(predicate((SubscriptionCancelledException e) ->
                        e.currentStatus() == SubscriptionStatus.CANCELLED))
                .expectNoEvents();
    }

    @Test
    void a_cancelled_subscription_cannot_be_cancelled_again() {
        fixture.given(subscribed(null, null), new ConcernSubscriptionCancelledEvent(ID, STEVNS))
                .when(new CancelConcernSubscriptionCommand(ID, STEVNS))
                .expectException(SubscriptionCancelledException.class)
                .expectNoEvents();
    }

    private static ConcernSubscribedEvent subscribed(String webhookUrl, String secret) {
        return new ConcernSubscribedEvent(ID, STEVNS, List.of(), true, List.of(), List.of(), false, WATCH, webhookUrl,
                secret);
    }
}
