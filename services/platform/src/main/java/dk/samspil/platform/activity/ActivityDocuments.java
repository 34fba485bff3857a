package dk.samspil.platform.activity;

import dk.samspil.contracts.municipality.ActionPlanStatus;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.PreventionLevel;
import org.bson.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * How a {@link MunicipalityActivity} is stored: one document per municipality, {@code _id} = kommunekode. Entries are
 * arrays of sub-documents with an {@code id} field (aggregate ids are not safe as field names); dates are ISO strings;
 * absent values are left out.
 */
final class ActivityDocuments {

    static final String ID = "_id";
    static final String VERSION = "version";
    private static final String LAST_EVENT_AT = "lastEventAt";
    private static final String INITIATIVES = "initiatives";
    private static final String FUNDING_POOLS = "fundingPools";
    private static final String ACTION_PLANS = "actionPlans";
    private static final String ENTRY_ID = "id";
    private static final String SEQUENCE = "sequence";

    private ActivityDocuments() {
    }

    static Document write(MunicipalityActivity activity) {
        Document document = new Document(ID, activity.municipalityCode()).append(VERSION, activity.version());
        putIfPresent(document, LAST_EVENT_AT, activity.lastEventAt() == null ? null : Date.from(activity.lastEventAt()));
        document.append(INITIATIVES, entries(activity.initiatives(), ActivityDocuments::writeInitiative));
        document.append(FUNDING_POOLS, entries(activity.fundingPools(), ActivityDocuments::writeFundingPool));
        document.append(ACTION_PLANS, entries(activity.actionPlans(), ActivityDocuments::writeActionPlan));
        return document;
    }

    static MunicipalityActivity read(Document document) {
        Date lastEventAt = document.get(LAST_EVENT_AT, Date.class);
        return new MunicipalityActivity(document.getString(ID), longOf(document, VERSION),
                entries(document, INITIATIVES, ActivityDocuments::readInitiative),
                entries(document, FUNDING_POOLS, ActivityDocuments::readFundingPool),
                entries(document, ACTION_PLANS, ActivityDocuments::readActionPlan),
                lastEventAt == null ? null : lastEventAt.toInstant());
    }

    private static void writeInitiative(InitiativeEntry entry, Document document) {
        document.append("status", entry.status().name());
        putIfPresent(document, "preventionLevel", nameOf(entry.preventionLevel()));
        putIfPresent(document, "scope", nameOf(entry.scope()));
        document.append("themes", entry.themes());
        document.append("funded", entry.funded());
        putIfPresent(document, "budgetTotal", entry.budgetTotal());
        putIfPresent(document, "actualTotal", entry.actualTotal());
        putIfPresent(document, "statusReportDue", entry.statusReportDue() == null ? null : entry.statusReportDue().toString());
    }

    private static InitiativeEntry readInitiative(Document document) {
        return new InitiativeEntry(longOf(document, SEQUENCE), InitiativeStatus.valueOf(document.getString("status")),
                enumOf(PreventionLevel.class, document.getString("preventionLevel")),
                enumOf(InitiativeScope.class, document.getString("scope")),
                document.getList("themes", String.class), document.getBoolean("funded", false),
                nullableLongOf(document, "budgetTotal"), nullableLongOf(document, "actualTotal"),
                dateOf(document, "statusReportDue"));
    }

    private static void writeFundingPool(FundingPoolEntry entry, Document document) {
        document.append("year", entry.year()).append("amount", entry.amount())
                .append("reserved", entry.reserved()).append("spent", entry.spent());
    }

    private static FundingPoolEntry readFundingPool(Document document) {
        return new FundingPoolEntry(longOf(document, SEQUENCE), document.getInteger("year"), longOf(document, "amount"),
                longOf(document, "reserved"), longOf(document, "spent"));
    }

    private static void writeActionPlan(ActionPlanEntry entry, Document document) {
        putIfPresent(document, "status", nameOf(entry.status()));
        putIfPresent(document, "firstYear", entry.firstYear());
        putIfPresent(document, "lastYear", entry.lastYear());
        putIfPresent(document, "followUpDue", entry.followUpDue() == null ? null : entry.followUpDue().toString());
        document.append("presented", entry.presented());
    }

    private static ActionPlanEntry readActionPlan(Document document) {
        return new ActionPlanEntry(longOf(document, SEQUENCE), enumOf(ActionPlanStatus.class, document.getString("status")),
                document.getInteger("firstYear"), document.getInteger("lastYear"), dateOf(document, "followUpDue"),
                document.getBoolean("presented", false));
    }

    private static <E extends ActivityEntry> List<Document> entries(Map<String, E> entries,
                                                                    BiConsumer<E, Document> write) {
        List<Document> documents = new ArrayList<>();
        entries.forEach((id, entry) -> {
            Document document = new Document(ENTRY_ID, id).append(SEQUENCE, entry.sequence());
            write.accept(entry, document);
            documents.add(document);
        });
        return documents;
    }

    private static <E> Map<String, E> entries(Document document, String field, Function<Document, E> read) {
        Map<String, E> entries = new HashMap<>();
        for (Document entry : document.getList(field, Document.class, List.of())) {
            entries.put(entry.getString(ENTRY_ID), read.apply(entry));
        }
        return entries;
    }

    private static void putIfPresent(Document document, String key, Object value) {
        if (value != null) {
            document.append(key, value);
        }
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static long longOf(Document document, String key) {
        return ((Number) document.get(key)).longValue();
    }

    private static Long nullableLongOf(Document document, String key) {
        Object value = document.get(key);
        return value == null ? null : ((Number) value).longValue();
    }

    private static LocalDate dateOf(Document document, String key) {
        String value = document.getString(key);
        return value == null ? null : LocalDate.parse(value);
    }
}
