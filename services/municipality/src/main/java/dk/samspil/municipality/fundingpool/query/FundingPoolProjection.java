package dk.samspil.municipality.fundingpool.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dk.samspil.municipality.fundingpool.command.FundingPoolFundsReleasedEvent;
import dk.samspil.municipality.fundingpool.command.FundingPoolFundsReservedEvent;
import dk.samspil.municipality.fundingpool.command.FundingPoolFundsSettledEvent;
import dk.samspil.municipality.fundingpool.command.FundingPoolOpenedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The municipality's funding pools, one document per pool ({@code _id} = pool id, e.g. {@code 0336-2026}). An event is
 * applied only if its aggregate sequence is newer than the document's, so replays and retries change nothing.
 */
@Component
@ProcessingGroup("funding-pools")
public class FundingPoolProjection {

    private final MongoCollection<Document> pools;

    public FundingPoolProjection(MongoDatabase readModelDatabase) {
        this.pools = readModelDatabase.getCollection("funding-pools");
    }

    @EventHandler
    void on(FundingPoolOpenedEvent event, @SequenceNumber long sequence) {
        if (isApplied(event.fundingPoolId(), sequence)) {
            return;
        }
        Document pool = new Document("_id", event.fundingPoolId())
                .append("municipalityCode", event.municipalityCode())
                .append("accountingYear", event.accountingYear())
                .append("amount", event.amount())
                .append("reserved", 0L)
                .append("spent", 0L)
                .append("reservations", List.of())
                .append("settlements", List.of())
                .append("sequence", sequence);
        pools.replaceOne(Filters.eq("_id", event.fundingPoolId()), pool, new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(FundingPoolFundsReservedEvent event, @SequenceNumber long sequence) {
        update(event.fundingPoolId(), sequence, event.reserved(), event.spent(), Updates.push("reservations",
                new Document("initiativeId", event.initiativeId()).append("amount", event.reservedAmount())));
    }

    @EventHandler
    void on(FundingPoolFundsSettledEvent event, @SequenceNumber long sequence) {
        update(event.fundingPoolId(), sequence, event.reserved(), event.spent(), Updates.combine(
                withoutReservationOf(event.initiativeId()),
                Updates.push("settlements", new Document("initiativeId", event.initiativeId())
                        .append("reservedAmount", event.reservedAmount())
                        .append("actualAmount", event.actualAmount()))));
    }

    @EventHandler
    void on(FundingPoolFundsReleasedEvent event, @SequenceNumber long sequence) {
        update(event.fundingPoolId(), sequence, event.reserved(), event.spent(), withoutReservationOf(event.initiativeId()));
    }

    @QueryHandler
    public Optional<FundingPoolView> handle(FetchFundingPoolQuery query) {
        return Optional.ofNullable(pools.find(Filters.eq("_id", query.fundingPoolId())).first())
                .map(FundingPoolProjection::view);
    }

    @QueryHandler
    public List<FundingPoolView> handle(FetchMunicipalityFundingPoolsQuery query) {
        return pools.find(Filters.eq("municipalityCode", query.municipalityCode()))
                .sort(Sorts.ascending("accountingYear"))
                .map(FundingPoolProjection::view)
                .into(new ArrayList<>());
    }

    @ResetHandler
    void reset() {
        pools.deleteMany(new Document());
    }

    private void update(String fundingPoolId, long sequence, long reserved, long spent, Bson change) {
        if (isApplied(fundingPoolId, sequence)) {
            return;
        }
        pools.updateOne(Filters.eq("_id", fundingPoolId), Updates.combine(change,
                Updates.set("reserved", reserved), Updates.set("spent", spent), Updates.set("sequence", sequence)));
    }

    private static Bson withoutReservationOf(String initiativeId) {
        return Updates.pull("reservations", new Document("initiativeId", initiativeId));
    }

    private boolean isApplied(String fundingPoolId, long sequence) {
        Document current = pools.find(Filters.eq("_id", fundingPoolId)).projection(new Document("sequence", 1)).first();
        return current != null && current.getLong("sequence") >= sequence;
    }

    private static FundingPoolView view(Document pool) {
        long amount = pool.getLong("amount");
        long reserved = pool.getLong("reserved");
        long spent = pool.getLong("spent");
        return new FundingPoolView(pool.getString("_id"), pool.getString("municipalityCode"),
                pool.getInteger("accountingYear"), amount, reserved, spent, amount - reserved - spent,
                pool.getList("reservations", Document.class).stream()
                        .map(r -> new FundingPoolView.Reservation(r.getString("initiativeId"), r.getLong("amount")))
                        .toList(),
                pool.getList("settlements", Document.class).stream()
                        .map(s -> new FundingPoolView.Settlement(s.getString("initiativeId"),
                                s.getLong("reservedAmount"), s.getLong("actualAmount")))
                        .toList());
    }
}
