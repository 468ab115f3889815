package pact.support.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/** A living person's date of birth: from {@link Plausible#BIRTH_EARLIEST} to today (London). Null is allowed. */
@Documented
@Constraint(validatedBy = PlausibleDateOfBirth.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDateOfBirth {
    String message() default "is not a plausible date of birth";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a LocalDate. */
    class Check implements ConstraintValidator<PlausibleDateOfBirth, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || Messages.report(context, Plausible.birthProblem(value));
        }
    }
}
