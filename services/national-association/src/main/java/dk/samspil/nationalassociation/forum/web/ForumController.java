package dk.samspil.nationalassociation.forum.web;

import dk.samspil.nationalassociation.forum.command.AddMemberCommand;
import dk.samspil.nationalassociation.forum.command.AppointCoordinatorCommand;
import dk.samspil.nationalassociation.forum.command.CloseForumCommand;
import dk.samspil.nationalassociation.forum.command.EstablishForumCommand;
import dk.samspil.nationalassociation.forum.command.PublishProductCommand;
import dk.samspil.nationalassociation.forum.command.RecordMeetingCommand;
import dk.samspil.nationalassociation.forum.command.RecordMemberLeavingCommand;
import dk.samspil.nationalassociation.forum.command.ReportYearlyStatusCommand;
import dk.samspil.nationalassociation.forum.query.FetchForumQuery;
import dk.samspil.nationalassociation.forum.query.FetchForumsQuery;
import dk.samspil.nationalassociation.forum.query.ForumSummary;
import dk.samspil.nationalassociation.forum.query.ForumView;
import dk.samspil.platform.audit.AuditTrail;
import dk.samspil.platform.personaldata.Sealer;
import dk.samspil.platform.web.ApiProblem;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.UUID;

/**
 * The national association's professional forums and experience networks. A forum that goes out with its
 * coordinators' contact names is recorded in the audit trail first; the list carries no names.
 */
@RestController
@RequestMapping("/api/national/forums")
class ForumController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final AuditTrail auditTrail;

    ForumController(CommandGateway commandGateway, QueryGateway queryGateway, AuditTrail auditTrail) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.auditTrail = auditTrail;
    }

    @PostMapping
    ResponseEntity<ForumResponses.ForumEstablished> establish(@Valid @RequestBody ForumRequests.Establish request,
                                                              UriComponentsBuilder uri) {
        String forumId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new EstablishForumCommand(forumId, request.kind(), request.name(),
                request.mandate()));
        return ResponseEntity.created(uri.path("/api/national/forums/{id}").build(forumId))
                .body(new ForumResponses.ForumEstablished(forumId));
    }

    @GetMapping
    List<ForumSummary> forums() {
        return queryGateway.query(new FetchForumsQuery(), ResponseTypes.multipleInstancesOf(ForumSummary.class)).join();
    }

    @GetMapping("/{id}")
    ForumView forum(@PathVariable String id) {
        ForumView forum = queryGateway.query(new FetchForumQuery(id), ResponseTypes.optionalInstanceOf(ForumView.class)).join()
                .orElseThrow(() -> ApiProblem.notFound("Der findes intet forum med id " + id).with("field", "forumId"));
        if (showsContactNames(forum)) {
            auditTrail.recordRead("forum", forum.forumId(), "Visning af forum med koordinatorernes kontaktnavne");
        }
        return forum;
    }

    /** A contact name that is given and not erased ("[slettet]"). */
    private static boolean showsContactNames(ForumView forum) {
        return forum.coordinators().stream()
                .map(ForumView.Coordinator::contactName)
                .anyMatch(name -> name != null && !name.isBlank() && !name.equals(Sealer.ERASED));
    }

    @PostMapping("/{id}/coordinators")
    @ResponseStatus(HttpStatus.CREATED)
    ForumResponses.CoordinatorAppointed appoint(@PathVariable String id,
                                                @Valid @RequestBody ForumRequests.Coordinator request) {
        String coordinatorId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new AppointCoordinatorCommand(id, coordinatorId, request.role(),
                request.municipalityCode(), request.honorarium(), request.contactName()));
        return new ForumResponses.CoordinatorAppointed(coordinatorId);
    }

    @PostMapping("/{id}/members")
    @ResponseStatus(HttpStatus.CREATED)
    ForumResponses.MemberJoined addMember(@PathVariable String id, @Valid @RequestBody ForumRequests.Member request) {
        String memberId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new AddMemberCommand(id, memberId, request.municipalityCode(), request.role(),
                request.committedFrom()));
        return new ForumResponses.MemberJoined(memberId);
    }

    @PostMapping("/{id}/members/{memberId}/leaving")
    ResponseEntity<Void> leave(@PathVariable String id, @PathVariable String memberId) {
        commandGateway.sendAndWait(new RecordMemberLeavingCommand(id, memberId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    ForumResponses.MeetingRecorded recordMeeting(@PathVariable String id,
                                                 @Valid @RequestBody ForumRequests.Meeting request) {
        String meetingId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new RecordMeetingCommand(id, meetingId, request.heldOn(), request.subject(),
                request.attendingMunicipalityCodes()));
        return new ForumResponses.MeetingRecorded(meetingId);
    }

    @PostMapping("/{id}/yearly-status")
    ResponseEntity<Void> reportYearlyStatus(@PathVariable String id,
                                            @Valid @RequestBody ForumRequests.YearlyStatus request) {
        commandGateway.sendAndWait(new ReportYearlyStatusCommand(id, request.year(), request.text()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/products")
    @ResponseStatus(HttpStatus.CREATED)
    ForumResponses.ProductPublished publishProduct(@PathVariable String id,
                                                   @Valid @RequestBody ForumRequests.Product request) {
        String productId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new PublishProductCommand(id, productId, request.title(), request.description(),
                request.publishedOn()));
        return new ForumResponses.ProductPublished(productId);
    }

    @PostMapping("/{id}/closure")
    ResponseEntity<Void> close(@PathVariable String id) {
        commandGateway.sendAndWait(new CloseForumCommand(id));
        return ResponseEntity.noContent().build();
    }
}
