package dk.samspil.municipality.concern.web;

import dk.samspil.contracts.reference.UnknownThemeException;
import dk.samspil.municipality.concern.command.ConcernTransitionException;
import dk.samspil.municipality.concern.command.OutsideConcernAreaException;
import dk.samspil.platform.web.ApiProblem;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** How the concern's refusals read to a client. */
@RestControllerAdvice(assignableTypes = {MunicipalityConcernController.class, ConcernController.class})
class ConcernProblems {

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail on(AggregateNotFoundException e) {
        return ApiProblem.notFound("Der findes ingen bekymring med id " + e.getAggregateIdentifier())
                .with("field", "concernId").toProblemDetail();
    }

    @ExceptionHandler(ConcernTransitionException.class)
    ProblemDetail on(ConcernTransitionException e) {
        return ApiProblem.conflict(e.getMessage()).with("currentStatus", e.currentStatus())
                .with("currentStatusLabel", e.currentStatus().label()).toProblemDetail();
    }

    @ExceptionHandler(OutsideConcernAreaException.class)
    ProblemDetail on(OutsideConcernAreaException e) {
        return ApiProblem.forbidden(e.getMessage()).with("field", "municipalityCode").toProblemDetail();
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail on(ConcurrencyException e) {
        return ApiProblem.conflict("Bekymringen blev ændret samtidig af en anden; hent den igen og prøv på ny")
                .toProblemDetail();
    }

    @ExceptionHandler(UnknownThemeException.class)
    ProblemDetail on(UnknownThemeException e) {
        return ApiProblem.unprocessable("themes", e.getMessage()).with("value", e.value()).toProblemDetail();
    }
}
