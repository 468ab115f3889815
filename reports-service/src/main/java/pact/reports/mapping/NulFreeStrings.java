package pact.reports.mapping;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Refuses a NUL character (JSON's \u0000) in any string of a request body. PostgreSQL cannot
 * store one, so a description holding it would otherwise fail as a 500; refused while reading,
 * the problem+json names the field.
 */
@Singleton
public class NulFreeStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("nul-free-strings").addDeserializer(String.class, new Refusing()));
    }

    static final class Refusing extends StdScalarDeserializer<String> {
        Refusing() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, context);
            if (value != null && value.indexOf('\0') >= 0) {
                throw JsonMappingException.from(p, "contains a NUL character (U+0000), which PACT does not accept");
            }
            return value;
        }
    }
}
