package dk.samspil.municipality.initiative.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The end date of a period is not before its start date; reported on the field {@code endDate}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidPeriod.Validator.class)
@interface ValidPeriod {

    String message() default "Slutdatoen ligger før startdatoen";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidPeriod, InitiativeApplicationRequest> {
        @Override
        public boolean isValid(InitiativeApplicationRequest request, ConstraintValidatorContext context) {
            if (request.startDate() == null || request.endDate() == null || !request.endDate().isBefore(request.startDate())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("endDate")
                    .addConstraintViolation();
            return false;
        }
    }
}
