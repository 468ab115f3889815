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
 * A time someone plans for (a task window, a shift, a patrol, a deadline, the end of a direction): from
 * {@link Plausible#PLAN_EARLIEST} to {@link Plausible#PLAN_HORIZON} ahead. Null is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = PlausiblePlanTime.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausiblePlanTime {
    String message() default "is not a plausible time to plan for";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks an Instant, OffsetDateTime, ZonedDateTime or LocalDate. */
    class Check implements ConstraintValidator<PlausiblePlanTime, Temporal> {
        @Override
        public boolean isValid(Temporal value, ConstraintValidatorContext context) {
            return value == null || Messages.report(context, Plausible.planProblem(Plausible.toInstant(value)));
        }
    }
}
