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

/**
 * Text a person typed: no control characters (tab and line breaks excepted), no bidirectional
 * overrides or isolates, which can make a name read differently on screen than in the record, and no
 * zero-width characters, which make two equal-looking names differ. Null is allowed.
 */
@Documented
@Constraint(validatedBy = CleanText.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CleanText {
    String message() default "holds a character that is not allowed in text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a CharSequence. */
    class Check implements ConstraintValidator<CleanText, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || Messages.report(context, TextRules.problem(value));
        }
    }
}
