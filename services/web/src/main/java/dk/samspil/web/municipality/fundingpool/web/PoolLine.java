package dk.samspil.web.municipality.fundingpool.web;

import dk.samspil.web.municipality.actionplan.query.InitiativeSummary;
import dk.samspil.web.municipality.fundingpool.query.FundingPool;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One initiative's money in the pool: what its approved budget reserved and, once its final accounts are settled,
 * what it spent ({@code spent} null while the reservation is open). Named from the municipality's initiatives; an
 * initiative the user may not see by name is shown by its id.
 */
record PoolLine(String initiativeId, String name, long reserved, Long spent) {

    static List<PoolLine> of(FundingPool pool, List<InitiativeSummary> initiatives) {
        Map<String, String> names = initiatives.stream()
                .collect(Collectors.toMap(InitiativeSummary::id, InitiativeSummary::name, (first, same) -> first));
        Function<String, String> name = id -> names.getOrDefault(id, id);
        return Stream.concat(
                        pool.reservations().stream().map(open -> new PoolLine(open.initiativeId(),
                                name.apply(open.initiativeId()), open.amount(), null)),
                        pool.settlements().stream().map(settled -> new PoolLine(settled.initiativeId(),
                                name.apply(settled.initiativeId()), settled.reservedAmount(), settled.actualAmount())))
                .sorted(Comparator.comparing(PoolLine::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public boolean isSettled() {
        return spent != null;
    }
}
