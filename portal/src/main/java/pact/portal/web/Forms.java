package pact.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pact.portal.gateway.Answer;

/**
 * A form's errors for GOV.UK's error summary and the messages beside each field, from the portal's
 * own checks and from a service's refusal (its field errors and the statutory rule it applied).
 */
@io.quarkus.qute.TemplateData
public final class Forms {
    /** One error: the field it belongs to (for the summary's link and the field's message) and the words. */
    public record Error(String field, String message) {
        public String href() {
            return "#" + field;
        }
    }

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<Error> errors = new ArrayList<>();

    public Forms value(String field, String value) {
        values.put(field, value == null ? "" : value);
        return this;
    }

    public Map<String, String> values() {
        return values;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** Required fields, named in the person's words. */
    public Forms require(String field, String label) {
        if (value(field).isBlank()) {
            errors.add(new Error(field, "Enter " + label));
        }
        return this;
    }

    public Forms error(String field, String message) {
        errors.add(new Error(field, message));
        return this;
    }

    /**
     * A service's refusal: each of its field errors is put beside the matching form field (a field
     * path such as {@code subject.dateOfBirth} matches a form field named after its last part), and a
     * rule's reason beside {@code ruleField}, the field the rule is about.
     */
    public Forms refusal(Answer.Failure failure, String ruleField, Map<String, String> fieldNames) {
        if (!failure.fieldErrors().isEmpty()) {
            for (Answer.FieldError e : failure.fieldErrors()) {
                errors.add(new Error(formField(e.field(), ruleField, fieldNames), e.message()));
            }
        } else if (failure.rule() != null) {
            errors.add(new Error(ruleField, (failure.detail() != null ? failure.detail() : failure.message())
                    + " (rule " + failure.rule() + ")"));
        } else {
            errors.add(new Error(ruleField, failure.message()));
        }
        return this;
    }

    static String formField(String apiField, String fallback, Map<String, String> fieldNames) {
        if (apiField == null || apiField.isBlank()) {
            return fallback;
        }
        if (fieldNames.containsKey(apiField)) {
            return fieldNames.get(apiField);
        }
        String last = apiField.substring(apiField.lastIndexOf('.') + 1);
        return fieldNames.getOrDefault(last, fieldNames.containsValue(last) ? last : fallback);
    }

    /** {@code value} when it is one of {@code allowed}, else {@code otherwise}: query values are never trusted. */
    public static String oneOf(java.util.List<String> allowed, String value, String otherwise) {
        return value != null && allowed.contains(value) ? value : otherwise;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<Error> errors() {
        return errors;
    }

    /** The message beside a field, or null. */
    public String errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(Error::message).findFirst().orElse(null);
    }
}
