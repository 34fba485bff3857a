package dk.samspil.municipality.concernfeed.query;

import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.municipality.concernfeed.command.SubscriptionArea;
import dk.samspil.municipality.concernfeed.command.SubscriptionStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static dk.samspil.contracts.municipality.ConcernSeverity.ALERT;
import static dk.samspil.contracts.municipality.ConcernSeverity.INFO;
import static dk.samspil.contracts.municipality.ConcernSeverity.WATCH;
import static dk.samspil.contracts.reference.Theme.CANNABIS;
import static dk.samspil.contracts.reference.Theme.VANDALISM;
import static org.assertj.core.api.Assertions.assertThat;

/** Stevns (0336) and Køge (0259) lie in district 1467, København (0101) in 1470, Aarhus (0751) in 1461. */
class FeedSubscriptionTest {

    private static final SubscriptionArea OWN_DISTRICT = area(true, List.of(), List.of(), false);

    @Test
    void a_concern_raised_in_the_own_district_matches_an_own_district_subscription() {
        assertThat(stevns(List.of(), OWN_DISTRICT, INFO).matches(concern("0259", List.of("0259"), List.of()))).isTrue();
        assertThat(stevns(List.of(), OWN_DISTRICT, INFO).matches(concern("0101", List.of("0101"), List.of("1467"))))
                .as("a concern elsewhere naming the district").isTrue();
        assertThat(stevns(List.of(), OWN_DISTRICT, INFO).matches(concern("0101", List.of("0101"), List.of()))).isFalse();
    }

    @Test
    void a_municipality_never_gets_its_own_concerns() {
        assertThat(stevns(List.of(), area(false, List.of(), List.of(), true), INFO)
                .matches(concern("0336", List.of("0336"), List.of()))).isFalse();
    }

    @Test
    void a_named_district_matches_concerns_touching_it() {
        FeedSubscription subscription = stevns(List.of(), area(false, List.of("1461"), List.of(), false), INFO);
        assertThat(subscription.matches(concern("0751", List.of("0751"), List.of()))).isTrue();
        assertThat(subscription.matches(concern("0101", List.of("0101"), List.of()))).isFalse();
    }

    @Test
    void a_named_municipality_matches_concerns_naming_it_or_its_district() {
        FeedSubscription subscription = stevns(List.of(), area(false, List.of(), List.of("0751"), false), INFO);
        assertThat(subscription.matches(concern("0101", List.of("0101", "0751"), List.of()))).isTrue();
        assertThat(subscription.matches(concern("0101", List.of("0101"), List.of("1461")))).isTrue();
        assertThat(subscription.matches(concern("0101", List.of("0101"), List.of()))).isFalse();
    }

    @Test
    void national_matches_anywhere() {
        assertThat(stevns(List.of(), area(false, List.of(), List.of(), true), INFO)
                .matches(concern("0400", List.of("0400"), List.of()))).isTrue();
    }

    @Test
    void the_minimum_severity_and_the_themes_must_be_met() {
        SubscriptionArea national = area(false, List.of(), List.of(), true);
        CatalogueConcern watch = concern("0101", List.of("0101"), List.of());
        assertThat(stevns(List.of(), national, WATCH).matches(watch)).isTrue();
        assertThat(stevns(List.of(), national, ALERT).matches(watch)).isFalse();
        assertThat(stevns(List.of(VANDALISM, CANNABIS), national, INFO).matches(watch)).isTrue();
        assertThat(stevns(List.of(VANDALISM), national, INFO).matches(watch)).isFalse();
    }

    private static FeedSubscription stevns(List<Theme> themes, SubscriptionArea area, ConcernSeverity minimum) {
        return new FeedSubscription("sub", "0336", themes, area, minimum, null, SubscriptionStatus.ACTIVE);
    }

    private static SubscriptionArea area(boolean own, List<String> districts, List<String> municipalities,
                                         boolean national) {
        return new SubscriptionArea(own, districts, municipalities, national);
    }

    private static CatalogueConcern concern(String raisedBy, List<String> municipalities, List<String> districts) {
        return new CatalogueConcern("c", raisedBy, "t", List.of(CANNABIS), WATCH, ConcernStatus.RAISED, municipalities,
                districts, ConcernStep.RAISED, "type", Instant.EPOCH, 0, Set.of());
    }
}
