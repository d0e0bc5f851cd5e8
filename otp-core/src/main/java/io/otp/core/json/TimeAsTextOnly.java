package io.otp.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;

/**
 * Reads dates, instants and other {@code java.time} values only from ISO-8601 text, the form the SDK
 * writes. Jackson's own deserialisers also take numbers (seconds or days since the epoch, arrays of
 * fields), so {@code "at": 1e300} would be read silently as {@code 1970-01-01T00:00:00Z} and
 * {@code "dateRaised": 99999999999} as a day in the year 273,792,670; here any other token is a type error
 * ({@code OTP-JSON-TYPE}) at its path.
 */
final class TimeAsTextOnly extends BeanDeserializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
            JsonDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        return type.getPackageName().equals("java.time") ? new TextOnly(deserializer, type) : deserializer;
    }

    /** Hands text to the standard deserialiser and refuses every other token. */
    private static final class TextOnly extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        private final Class<?> type;

        TextOnly(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new TextOnly(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return ctxt.handleUnexpectedToken(type, p);
            }
            return super.deserialize(p, ctxt);
        }
    }
}
