package dk.samspil.web.home.web;

import dk.samspil.web.home.query.PoolTotals;
import dk.samspil.web.home.query.PoolTotalsClient;
import dk.samspil.web.municipality.concern.query.ConcernClient;
import dk.samspil.web.municipality.concern.query.FeedPage;
import dk.samspil.web.municipality.initiative.query.InitiativeClient;
import dk.samspil.web.page.DanishFormats;
import dk.samspil.web.signin.SignedInUser;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The municipal SSP staff's work on their overview: the initiatives waiting for them, the concern feed's unread
 * items, and this year's pool. Each panel asks its own service; one that fails leaves the others standing.
 */
@Component
class MunicipalOverview {

    /** The newest unread concerns shown; the feed has the rest. */
    static final int UNREAD_SHOWN = 3;

    private final InitiativeClient initiatives;
    private final ConcernClient concerns;
    private final PoolTotalsClient pools;

    MunicipalOverview(InitiativeClient initiatives, ConcernClient concerns, PoolTotalsClient pools) {
        this.initiatives = initiatives;
        this.concerns = concerns;
        this.pools = pools;
    }

    Panels of(SignedInUser user, String kommunekode) {
        int year = LocalDate.now(DanishFormats.DENMARK).getYear();
        return new Panels(kommunekode, year,
                Panel.asking("initiatives", () -> initiatives.list(kommunekode).stream()
                        .flatMap(initiative -> WaitingInitiative.of(initiative, user, kommunekode).stream())
                        .toList()),
                Panel.asking("unread concerns", () -> concerns.feed(kommunekode, 0, UNREAD_SHOWN, true)),
                Panel.asking("pool", () -> pools.ofYear(kommunekode, year)));
    }

    /** {@code pool} is empty when no pool is open for {@code year}. */
    record Panels(String kommunekode, int year, Panel<List<WaitingInitiative>> initiatives,
                  Panel<FeedPage> unreadConcerns, Panel<Optional<PoolTotals>> pool) {
    }
}
