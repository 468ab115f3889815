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
import java.time.temporal.Temporal;

/**
 * When something happened (an incident, an offence, a notice, a check-in): from
 * {@link Plausible#EVENT_EARLIEST} to a day from now. Null is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = PlausibleEventTime.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleEventTime {
    String message() default "is not a plausible time for something that happened";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks an Instant, OffsetDateTime, ZonedDateTime or LocalDate. */
    class Check implements ConstraintValidator<PlausibleEventTime, Temporal> {
        @Override
        public boolean isValid(Temporal value, ConstraintValidatorContext context) {
            return value == null || Messages.report(context, Plausible.eventProblem(Plausible.toInstant(value)));
        }
    }
}
