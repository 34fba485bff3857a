package dk.samspil.nationalassociation.forum.command;

import dk.samspil.contracts.national.ForumKind;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.UnknownMunicipalityException;
import dk.samspil.platform.personaldata.Sealer;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A forum of the national association: a national professional forum (fagforum) with a mandate, or a municipal
 * experience network (erfaringsnetværk) whose members commit for a year and meet at most five times a membership year.
 * Members and coordinators are referred to by role and municipality. A yearly status is due twelve months after the
 * forum's start or its previous status.
 */
@Aggregate
public class Forum {

    /** The yearly honorarium of a coordinator, in whole kroner, is at most this. */
    public static final long MAX_HONORARIUM = 1_000_000;
    /** An experience network meets 4–5 times a membership year. */
    public static final int MAX_NETWORK_MEETINGS_PER_YEAR = 5;

    @AggregateIdentifier
    private String forumId;
    private ForumKind kind;
    private LocalDate establishedOn;
    private ForumStatus status;
    private final Map<String, Member> members = new HashMap<>();
    private final List<LocalDate> meetingDays = new ArrayList<>();
    private final Set<Integer> reportedYears = new HashSet<>();

    protected Forum() {
        // for Axon
    }

    @CommandHandler
    Forum(EstablishForumCommand command, Clock clock) {
        boolean noMandate = command.mandate() == null || command.mandate().isBlank();
        if (command.kind() == ForumKind.PROFESSIONAL_FORUM && noMandate) {
            throw new ForumRuleViolation("mandate", command.mandate(), "Et fagforum skal have et mandat");
        }
        apply(new ForumEstablishedEvent(command.forumId(), command.kind(), command.name(), command.mandate(),
                LocalDate.now(clock)));
    }

    @CommandHandler
    void handle(AppointCoordinatorCommand command, Clock clock, Sealer sealer) {
        requireActive("få koordinatorer");
        String municipalityCode = knownMunicipality("municipalityCode", command.municipalityCode());
        if (command.honorarium() < 0 || command.honorarium() > MAX_HONORARIUM) {
            throw new ForumRuleViolation("honorarium", String.valueOf(command.honorarium()),
                    "Honoraret skal være mellem 0 og " + MAX_HONORARIUM + " kr. om året");
        }
        apply(new CoordinatorAppointedEvent(forumId, command.coordinatorId(), command.role(), municipalityCode,
                command.honorarium(), sealedContactName(command.contactName(), municipalityCode, sealer), LocalDate.now(clock)));
    }

    @CommandHandler
    void handle(AddMemberCommand command) {
        requireActive("få medlemmer");
        String municipalityCode = knownMunicipality("municipalityCode", command.municipalityCode());
        LocalDate committedUntil = kind == ForumKind.EXPERIENCE_NETWORK
                ? command.committedFrom().plusYears(1).minusDays(1) : null;
        apply(new MemberJoinedEvent(forumId, kind, command.memberId(), municipalityCode, command.role(),
                command.committedFrom(), committedUntil));
    }

    @CommandHandler
    void handle(RecordMemberLeavingCommand command, Clock clock) {
        requireActive("registrere udtrædelser");
        Member member = members.get(command.memberId());
        if (member == null) {
            throw ForumItemNotFoundException.member(command.memberId());
        }
        if (member.left()) {
            throw new ForumConflictException(status, "memberId", command.memberId(),
                    "Medlem " + command.memberId() + " er allerede udtrådt");
        }
        apply(new MemberLeftEvent(forumId, command.memberId(), member.municipalityCode(), LocalDate.now(clock)));
    }

    @CommandHandler
    void handle(RecordMeetingCommand command, Clock clock) {
        requireActive("holde møder");
        requireWithinForumLife("heldOn", command.heldOn(), clock, "Mødet");
        Set<String> attending = new LinkedHashSet<>();
        for (String code : command.attendingMunicipalityCodes()) {
            attending.add(knownMunicipality("attendingMunicipalityCodes", code));
        }
        if (kind == ForumKind.EXPERIENCE_NETWORK) {
            MembershipYear year = MembershipYear.of(establishedOn, command.heldOn());
            if (meetingDays.stream().filter(year::contains).count() >= MAX_NETWORK_MEETINGS_PER_YEAR) {
                throw new ForumConflictException(status, "heldOn", command.heldOn().toString(),
                        "Erfaringsnetværket har allerede holdt " + MAX_NETWORK_MEETINGS_PER_YEAR
                                + " møder i medlemsåret " + year.start() + " til " + year.end());
            }
        }
        apply(new MeetingHeldEvent(forumId, command.meetingId(), command.heldOn(), command.subject(),
                List.copyOf(attending)));
    }

    @CommandHandler
    void handle(ReportYearlyStatusCommand command, Clock clock) {
        requireActive("afgive status");
        LocalDate today = LocalDate.now(clock);
        if (command.year() < establishedOn.getYear() || command.year() > today.getYear()) {
            throw new ForumRuleViolation("year", String.valueOf(command.year()), "Året skal ligge mellem "
                    + establishedOn.getYear() + ", hvor forummet begyndte, og i år (" + today.getYear() + ")");
        }
        if (reportedYears.contains(command.year())) {
            throw new ForumConflictException(status, "year", String.valueOf(command.year()),
                    "Forummet har allerede afgivet status for " + command.year());
        }
        apply(new YearlyStatusReportedEvent(forumId, command.year(), command.text(), today, today.plusMonths(12)));
    }

    @CommandHandler
    void handle(PublishProductCommand command, Clock clock) {
        requireActive("udgive materialer");
        requireWithinForumLife("publishedOn", command.publishedOn(), clock, "Materialet");
        apply(new ProductPublishedEvent(forumId, command.productId(), command.title(), command.description(),
                command.publishedOn()));
    }

    @CommandHandler
    void handle(CloseForumCommand command, Clock clock) {
        requireActive("lukkes");
        apply(new ForumClosedEvent(forumId, LocalDate.now(clock)));
    }

    /** Staff personal data: sealed with the key of the person, known by their name in their municipality. */
    private static String sealedContactName(String contactName, String municipalityCode, Sealer sealer) {
        if (contactName == null || contactName.isBlank()) {
            return null;
        }
        String name = contactName.strip();
        return sealer.seal(sealer.subjectFor(municipalityCode, name), name);
    }

    private void requireActive(String step) {
        if (status == ForumStatus.CLOSED) {
            throw ForumConflictException.closed(step);
        }
    }

    /** A meeting held or a product published lies between the forum's start and today. */
    private void requireWithinForumLife(String field, LocalDate day, Clock clock, String what) {
        LocalDate today = LocalDate.now(clock);
        if (day.isBefore(establishedOn) || day.isAfter(today)) {
            throw new ForumRuleViolation(field, day.toString(), what + " skal ligge mellem forummets start ("
                    + establishedOn + ") og i dag (" + today + ")");
        }
    }

    private static String knownMunicipality(String field, String code) {
        try {
            return ReferenceData.instance().municipality(code).code();
        } catch (UnknownMunicipalityException e) {
            throw new ForumRuleViolation(field, code, e.getMessage());
        }
    }

    @EventSourcingHandler
    void on(ForumEstablishedEvent event) {
        forumId = event.forumId();
        kind = event.kind();
        establishedOn = event.establishedOn();
        status = ForumStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(MemberJoinedEvent event) {
        members.put(event.memberId(), new Member(event.municipalityCode(), false));
    }

    @EventSourcingHandler
    void on(MemberLeftEvent event) {
        members.computeIfPresent(event.memberId(), (id, member) -> new Member(member.municipalityCode(), true));
    }

    @EventSourcingHandler
    void on(MeetingHeldEvent event) {
        meetingDays.add(event.heldOn());
    }

    @EventSourcingHandler
    void on(YearlyStatusReportedEvent event) {
        reportedYears.add(event.year());
    }

    @EventSourcingHandler
    void on(ForumClosedEvent event) {
        status = ForumStatus.CLOSED;
    }

    private record Member(String municipalityCode, boolean left) {
    }
}
