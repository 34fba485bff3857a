package dk.samspil.web.municipality.concern.web;

import dk.samspil.web.municipality.concern.query.ConcernCommands;
import dk.samspil.web.municipality.concern.query.Subscription;

import java.util.List;

import static dk.samspil.web.municipality.concern.web.ConcernForm.blankAsNull;

/**
 * A subscription as the form posts it. {@code area} is one of "egen-kreds" (the own police district), "landet" (the
 * whole country) or "kommuner" (the chosen municipalities).
 */
record SubscriptionForm(List<String> themes, String area, List<String> municipalityCodes, String minimumSeverity,
                        String webhookUrl) {

    static final String OWN_DISTRICT = "egen-kreds";
    static final String NATIONAL = "landet";
    static final String MUNICIPALITIES = "kommuner";
    static final SubscriptionForm EMPTY = new SubscriptionForm(List.of(), OWN_DISTRICT, List.of(), "WATCH", null);

    SubscriptionForm {
        themes = themes == null ? List.of() : themes;
        municipalityCodes = municipalityCodes == null ? List.of() : municipalityCodes;
    }

    static SubscriptionForm of(Subscription subscription) {
        Subscription.Area area = subscription.area();
        return new SubscriptionForm(subscription.themes().stream().map(Enum::name).toList(),
                area.national() ? NATIONAL : area.ownDistrict() ? OWN_DISTRICT : MUNICIPALITIES,
                area.municipalityCodes(),
                subscription.minimumSeverity() == null ? null : subscription.minimumSeverity().name(),
                subscription.webhookUrl());
    }

    ConcernCommands.Subscribe command() {
        boolean named = MUNICIPALITIES.equals(area);
        return new ConcernCommands.Subscribe(themes,
                new Subscription.Area(OWN_DISTRICT.equals(area), List.of(), named ? municipalityCodes : List.of(),
                        NATIONAL.equals(area)),
                blankAsNull(minimumSeverity), blankAsNull(webhookUrl));
    }
}
