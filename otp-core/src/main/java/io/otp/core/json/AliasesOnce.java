package io.otp.core.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.io.IOException;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses a property given twice in one object under its name and an alias ({@code @JsonAlias}), as
 * {@code serviceCharacter} and {@code serviceCharacters} of a tender: the parser's duplicate detection
 * compares names only, so one value would silently win. The second occurrence is a duplicate key
 * ({@code OTP-JSON-DUPLICATE-KEY}) at its path, as a key written twice is.
 */
final class AliasesOnce extends BeanDeserializerModifier {

    private static final long serialVersionUID = 1L;

    /** The per-read record of the aliased properties set on each object, by identity. */
    private static final Object SEEN = new Object();

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
            JsonDeserializer<?> deserializer) {
        if (!(deserializer instanceof BeanDeserializerBase)) {
            return deserializer;
        }
        BeanDeserializerBase bean = (BeanDeserializerBase) deserializer;
        for (BeanPropertyDefinition definition : description.findProperties()) {
            List<PropertyName> aliases = definition.findAliases();
            SettableBeanProperty property = aliases.isEmpty() ? null : bean.findProperty(definition.getName());
            if (property != null) {
                bean.replaceProperty(property, new Once(property));
            }
        }
        return bean;
    }

    /** A property that may be set once per object, whichever of its names gives it. */
    private static final class Once extends SettableBeanProperty.Delegating {

        private static final long serialVersionUID = 1L;

        Once(SettableBeanProperty delegate) {
            super(delegate);
        }

        @Override
        protected SettableBeanProperty withDelegate(SettableBeanProperty d) {
            return new Once(d);
        }

        @Override
        public void deserializeAndSet(JsonParser p, DeserializationContext ctxt, Object instance) throws IOException {
            once(p, ctxt, instance);
            super.deserializeAndSet(p, ctxt, instance);
        }

        @Override
        public Object deserializeSetAndReturn(JsonParser p, DeserializationContext ctxt, Object instance)
                throws IOException {
            once(p, ctxt, instance);
            return super.deserializeSetAndReturn(p, ctxt, instance);
        }

        private void once(JsonParser p, DeserializationContext ctxt, Object instance) throws IOException {
            @SuppressWarnings("unchecked")
            Map<Object, Set<String>> seen = (Map<Object, Set<String>>) ctxt.getAttribute(SEEN);
            if (seen == null) {
                seen = new IdentityHashMap<>();
                ctxt.setAttribute(SEEN, seen);
            }
            if (!seen.computeIfAbsent(instance, o -> new HashSet<>()).add(getName())) {
                throw new JsonParseException(p, "Duplicate field '" + p.currentName() + "' (the same property as '"
                    + getName() + "')");
            }
        }
    }
}
