package dk.samspil.platform.web;

import dk.samspil.contracts.reference.UnknownMunicipalityException;
import dk.samspil.contracts.reference.UnknownPoliceDistrictException;
import dk.samspil.platform.domain.RuleViolation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every refusal into an RFC 7807 problem body that names the field at fault, in Danish for the people who
 * read it. Spring's own MVC errors (unsupported media type, wrong method, …) keep their standard problem bodies.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ApiProblem.class)
    ProblemDetail on(ApiProblem problem) {
        return problem.toProblemDetail();
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail on(RuleViolation violation) {
        ApiProblem problem = ApiProblem.unprocessable(violation.field(), violation.getMessage());
        return (violation.value() == null ? problem : problem.with("value", violation.value())).toProblemDetail();
    }

    @ExceptionHandler(ControlCharacterCheck.ControlCharacterRefused.class)
    ResponseEntity<ProblemDetail> on(ControlCharacterCheck.ControlCharacterRefused refused) {
        ControlCharacters.Found found = refused.found();
        return ResponseEntity.badRequest().body(invalid("Ugyldigt felt: " + found.field(),
                List.of(new FieldProblem(found.field(), found.message()))));
    }

    @ExceptionHandler(UnknownMunicipalityException.class)
    ProblemDetail on(UnknownMunicipalityException e) {
        return ApiProblem.notFound(e.getMessage()).with("field", "kommunekode").toProblemDetail();
    }

    @ExceptionHandler(UnknownPoliceDistrictException.class)
    ProblemDetail on(UnknownPoliceDistrictException e) {
        return ApiProblem.notFound(e.getMessage()).with("field", "politikredskode").toProblemDetail();
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        ProblemDetail problem = invalid("Ugyldige felter: "
                + errors.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", ")), errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        RequestBodyLimitFilter.BodyTooLargeException tooLarge = causeOfType(e, RequestBodyLimitFilter.BodyTooLargeException.class);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(RequestBodyLimitFilter.tooLarge(tooLarge.maxBytes()));
        }
        DatabindException mapping = causeOfType(e, DatabindException.class);
        StreamReadException syntax = causeOfType(e, StreamReadException.class);
        if (syntax == null && mapping != null && !mapping.getPath().isEmpty()) {
            String field = fieldPath(mapping);
            String message = mapping instanceof InvalidFormatException invalidFormat
                    ? invalidValue(invalidFormat)
                    : "Feltet kan ikke læses";
            return ResponseEntity.badRequest().body(invalid("Ugyldigt felt: " + field, List.of(new FieldProblem(field, message))));
        }
        String detail = syntax != null
                ? "Indholdet er ikke gyldig JSON: " + syntax.getOriginalMessage()
                : "Forespørgslen mangler et læsbart JSON-indhold";
        return ResponseEntity.badRequest().body(invalid(detail, List.of(new FieldProblem("body", detail))));
    }

    private static ProblemDetail invalid(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Ugyldig forespørgsel");
        problem.setProperty("errors", errors);
        if (errors.size() == 1) {
            problem.setProperty("field", errors.get(0).field());
        }
        return problem;
    }

    private static String invalidValue(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            return "Ukendt værdi '" + e.getValue() + "'; tilladt: " + allowed;
        }
        return "Ugyldig værdi '" + e.getValue() + "'";
    }

    private static String fieldPath(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
