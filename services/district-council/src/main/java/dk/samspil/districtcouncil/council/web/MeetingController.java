package dk.samspil.districtcouncil.council.web;

import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.districtcouncil.council.command.AssignDecisionCommand;
import dk.samspil.districtcouncil.council.command.MakeDecisionCommand;
import dk.samspil.districtcouncil.council.command.MeetingAgendaItem;
import dk.samspil.districtcouncil.council.command.ScheduleMeetingCommand;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The council's meetings, the decisions made at them, and their assignment to local councils. */
@RestController
@RequestMapping("/api/districts/{code}")
class MeetingController {

    private final CommandGateway commandGateway;
    private final ReferenceData referenceData = ReferenceData.instance();

    MeetingController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PostMapping("/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    Responses.MeetingScheduled schedule(@PathVariable String code, @Valid @RequestBody MeetingRequest request) {
        String districtCode = referenceData.district(code).code();
        String meetingId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new ScheduleMeetingCommand(districtCode, meetingId, request.date(),
                request.agenda().stream()
                        .map(item -> new MeetingAgendaItem(item.kind(), item.reference(), item.title()))
                        .toList()));
        return new Responses.MeetingScheduled(meetingId);
    }

    @PostMapping("/meetings/{meetingId}/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    Responses.DecisionMade decide(@PathVariable String code, @PathVariable String meetingId,
                                  @Valid @RequestBody DecisionRequest request) {
        String districtCode = referenceData.district(code).code();
        List<Theme> themes = new ArrayList<>();
        for (int i = 0; i < request.themes().size(); i++) {
            themes.add(RequestThemes.parse(request.themes().get(i), "themes[" + i + "]"));
        }
        String decisionId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new MakeDecisionCommand(districtCode, meetingId, decisionId, request.title(),
                request.description(), themes, request.localCouncilIds(), request.dueDate()));
        return new Responses.DecisionMade(decisionId);
    }

    @PostMapping("/decisions/{decisionId}/assignments")
    Responses.DecisionAssigned assign(@PathVariable String code, @PathVariable String decisionId,
                                      @Valid @RequestBody AssignmentRequest request) {
        String districtCode = referenceData.district(code).code();
        List<String> assigned = commandGateway.sendAndWait(
                new AssignDecisionCommand(districtCode, decisionId, request.localCouncilIds()));
        return new Responses.DecisionAssigned(decisionId, assigned);
    }
}
