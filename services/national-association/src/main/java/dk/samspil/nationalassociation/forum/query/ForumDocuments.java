package dk.samspil.nationalassociation.forum.query;

import dk.samspil.contracts.national.ForumKind;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.nationalassociation.forum.command.ForumStatus;
import dk.samspil.nationalassociation.forum.command.MembershipYear;
import dk.samspil.platform.personaldata.Sealer;
import org.bson.Document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Reads a forum's read-model document as a view, as it stands today. */
class ForumDocuments {

    private final Clock clock;
    private final Sealer sealer;
    private final ReferenceData referenceData = ReferenceData.instance();

    ForumDocuments(Clock clock, Sealer sealer) {
        this.clock = clock;
        this.sealer = sealer;
    }

    ForumView view(Document forum) {
        LocalDate today = LocalDate.now(clock);
        ForumKind kind = ForumKind.valueOf(forum.getString("kind"));
        ForumStatus status = ForumStatus.valueOf(forum.getString("status"));
        LocalDate establishedOn = date(forum, "establishedOn");
        LocalDate closedOn = date(forum, "closedOn");
        LocalDate dueOn = date(forum, "yearlyStatusDueOn");
        MembershipYear year = MembershipYear.of(establishedOn, closedOn == null ? today : closedOn);
        List<ForumView.Meeting> meetings = list(forum, "meetings").stream().map(ForumDocuments::meeting).toList();
        List<ForumView.Member> members = members(forum);
        return new ForumView(forum.getString("_id"), kind, kind.label(), forum.getString("name"),
                forum.getString("mandate"), status, status.label(), establishedOn, closedOn, dueOn,
                status == ForumStatus.ACTIVE && today.isAfter(dueOn), year,
                (int) meetings.stream().filter(meeting -> year.contains(meeting.heldOn())).count(),
                (int) members.stream().filter(member -> member.leftOn() == null).count(), members,
                list(forum, "coordinators").stream().map(this::coordinator).toList(), meetings,
                list(forum, "yearlyStatuses").stream()
                        .map(reported -> new ForumView.YearlyStatus(reported.getInteger("year"),
                                reported.getString("text"), date(reported, "reportedOn")))
                        .toList(),
                list(forum, "products").stream()
                        .map(product -> new ForumView.Product(product.getString("productId"),
                                product.getString("title"), product.getString("description"),
                                date(product, "publishedOn")))
                        .toList());
    }

    private List<ForumView.Member> members(Document forum) {
        Document members = forum.get("members", Document.class);
        if (members == null) {
            return List.of();
        }
        return members.entrySet().stream()
                .map(entry -> {
                    Document member = (Document) entry.getValue();
                    String code = member.getString("municipalityCode");
                    return new ForumView.Member(entry.getKey(), code, referenceData.municipality(code).name(),
                            referenceData.municipality(code).districtCode(), member.getString("role"),
                            date(member, "committedFrom"), date(member, "committedUntil"), date(member, "leftOn"));
                })
                .sorted(Comparator.comparing(ForumView.Member::committedFrom).thenComparing(ForumView.Member::memberId))
                .toList();
    }

    private ForumView.Coordinator coordinator(Document coordinator) {
        String code = coordinator.getString("municipalityCode");
        return new ForumView.Coordinator(coordinator.getString("coordinatorId"), coordinator.getString("role"), code,
                referenceData.municipality(code).name(), coordinator.getLong("honorarium"),
                sealer.open(coordinator.getString("contactName")), date(coordinator, "appointedOn"));
    }

    private static ForumView.Meeting meeting(Document meeting) {
        return new ForumView.Meeting(meeting.getString("meetingId"), date(meeting, "heldOn"),
                meeting.getString("subject"), meeting.getList("attendingMunicipalityCodes", String.class));
    }

    private static List<Document> list(Document forum, String field) {
        return forum.getList(field, Document.class, List.of());
    }

    private static LocalDate date(Document document, String field) {
        String text = document.getString(field);
        return text == null ? null : LocalDate.parse(text);
    }
}
