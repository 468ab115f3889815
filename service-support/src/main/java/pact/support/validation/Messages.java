package pact.support.validation;

import jakarta.validation.ConstraintValidatorContext;

/** Puts a validator's specific reason in place of its annotation's general message. */
final class Messages {
    private Messages() {
    }

    static boolean report(ConstraintValidatorContext context, String problem) {
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(escape(problem)).addConstraintViolation();
        return false;
    }

    /** Message templates interpolate {…} and ${…}; a reason is plain text. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
