package pact.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import pact.support.validation.TextRules;

/**
 * Makes every service read JSON bodies strictly: a key given twice is refused (otherwise the last
 * one silently wins), a number or boolean where text belongs is refused (otherwise it becomes
 * text), and no text may hold a NUL character (PostgreSQL cannot store one). The refusals are
 * Jackson exceptions that {@code ProblemMappers} turns into a 400 naming the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** After a service's own customizers, so that these rules, registered last, are the ones Jackson applies. */
    @Override
    public int priority() {
        return DEFAULT_PRIORITY - 1;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("pact-strict-text").addDeserializer(String.class, new Text()));
    }

    /** Text is a JSON string without NUL characters, and nothing else. */
    static final class Text extends StdScalarDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getText();
                if (TextRules.hasNul(text)) {
                    throw new RefusedText(p, "must not contain a NUL character");
                }
                return text;
            }
            return (String) context.handleUnexpectedToken(String.class, p);
        }
    }

    /** Text that was well-formed JSON but that no PACT field accepts; the message is the reason. */
    public static final class RefusedText extends MismatchedInputException {
        RefusedText(JsonParser p, String reason) {
            super(p, reason, String.class);
        }
    }
}
