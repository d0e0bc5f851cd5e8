package io.otp.core.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.ReferenceTypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.ReferenceTypeSerializer;
import com.fasterxml.jackson.databind.type.ReferenceType;
import com.fasterxml.jackson.databind.type.TypeBindings;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.type.TypeModifier;
import com.fasterxml.jackson.databind.util.AccessPattern;
import com.fasterxml.jackson.databind.util.NameTransformer;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * {@link Optional} support for Jackson 2 without {@code jackson-datatype-jdk8}.
 *
 * <p>Jackson 2 treats {@code Optional} as an unknown bean and refuses it. Jackson's own answer is a
 * "reference type": a wrapper around one value, with serialiser and deserialiser base classes in
 * databind itself ({@link ReferenceTypeSerializer}, {@link ReferenceTypeDeserializer}). This class
 * declares {@code Optional} as such a type and supplies the two small subclasses, which is all the
 * jdk8 module does for {@code Optional}; the SDK therefore needs no extra dependency.
 */
final class OptionalSupport {

    private OptionalSupport() {
    }

    /** Makes the type factory see {@code Optional<T>} as a reference to a {@code T}. */
    static final class TypeUpgrade extends TypeModifier implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public JavaType modifyType(JavaType type, Type jdkType, TypeBindings bindings, TypeFactory factory) {
            if (type.isReferenceType() || type.isContainerType() || type.getRawClass() != Optional.class) {
                return type;
            }
            return ReferenceType.upgradeFrom(type, type.containedTypeOrUnknown(0));
        }
    }

    /** Finds the serialiser of {@code Optional} reference types. */
    static final class SerializerLookup extends Serializers.Base implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public JsonSerializer<?> findReferenceSerializer(SerializationConfig config, ReferenceType type,
                BeanDescription beanDesc, TypeSerializer contentTypeSerializer,
                JsonSerializer<Object> contentValueSerializer) {
            if (!type.hasRawClass(Optional.class)) {
                return null;
            }
            boolean staticTyping = contentTypeSerializer == null
                && config.isEnabled(MapperFeature.USE_STATIC_TYPING);
            return new OptionalSerializer(type, staticTyping, contentTypeSerializer, contentValueSerializer);
        }
    }

    /** Finds the deserialiser of {@code Optional} reference types. */
    static final class DeserializerLookup extends Deserializers.Base implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> findReferenceDeserializer(ReferenceType type, DeserializationConfig config,
                BeanDescription beanDesc, TypeDeserializer contentTypeDeserializer,
                JsonDeserializer<?> contentDeserializer) {
            if (!type.hasRawClass(Optional.class)) {
                return null;
            }
            return new OptionalDeserializer(type, null, contentTypeDeserializer, contentDeserializer);
        }

        @Override
        public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
            return valueType == Optional.class;
        }
    }

    /** Writes a present {@code Optional} as its value; an empty one as null where it is written at all. */
    static final class OptionalSerializer extends ReferenceTypeSerializer<Optional<?>> {

        private static final long serialVersionUID = 1L;

        OptionalSerializer(ReferenceType type, boolean staticTyping, TypeSerializer contentTypeSerializer,
                JsonSerializer<Object> contentSerializer) {
            super(type, staticTyping, contentTypeSerializer, contentSerializer);
        }

        private OptionalSerializer(OptionalSerializer base, BeanProperty property,
                TypeSerializer contentTypeSerializer, JsonSerializer<?> contentSerializer,
                NameTransformer unwrapper, Object suppressableValue, boolean suppressNulls) {
            super(base, property, contentTypeSerializer, contentSerializer, unwrapper, suppressableValue,
                suppressNulls);
        }

        @Override
        protected ReferenceTypeSerializer<Optional<?>> withResolved(BeanProperty property,
                TypeSerializer contentTypeSerializer, JsonSerializer<?> contentSerializer,
                NameTransformer unwrapper) {
            return new OptionalSerializer(this, property, contentTypeSerializer, contentSerializer, unwrapper,
                _suppressableValue, _suppressNulls);
        }

        @Override
        public ReferenceTypeSerializer<Optional<?>> withContentInclusion(Object suppressableValue,
                boolean suppressNulls) {
            return new OptionalSerializer(this, _property, _valueTypeSerializer, _valueSerializer, _unwrapper,
                suppressableValue, suppressNulls);
        }

        @Override
        protected boolean _isValuePresent(Optional<?> value) {
            return value.isPresent();
        }

        @Override
        protected Object _getReferenced(Optional<?> value) {
            return value.get();
        }

        @Override
        protected Object _getReferencedIfPresent(Optional<?> value) {
            return value.orElse(null);
        }
    }

    /** Reads JSON null, and a missing property, as {@code Optional.empty()}; any other value as present. */
    static final class OptionalDeserializer extends ReferenceTypeDeserializer<Optional<?>> {

        private static final long serialVersionUID = 1L;

        OptionalDeserializer(JavaType type, ValueInstantiator instantiator, TypeDeserializer contentTypeDeserializer,
                JsonDeserializer<?> contentDeserializer) {
            super(type, instantiator, contentTypeDeserializer, contentDeserializer);
        }

        @Override
        protected OptionalDeserializer withResolved(TypeDeserializer contentTypeDeserializer,
                JsonDeserializer<?> contentDeserializer) {
            return new OptionalDeserializer(_fullType, _valueInstantiator, contentTypeDeserializer,
                contentDeserializer);
        }

        @Override
        public Optional<?> getNullValue(DeserializationContext context) throws JsonMappingException {
            return Optional.ofNullable(_valueDeserializer == null ? null : _valueDeserializer.getNullValue(context));
        }

        @Override
        public Object getEmptyValue(DeserializationContext context) throws JsonMappingException {
            return getNullValue(context);
        }

        @Override
        public AccessPattern getEmptyAccessPattern() {
            return AccessPattern.DYNAMIC;
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            return AccessPattern.DYNAMIC;
        }

        @Override
        public Optional<?> referenceValue(Object contents) {
            return Optional.ofNullable(contents);
        }

        @Override
        public Object getReferenced(Optional<?> reference) {
            return reference.orElse(null);
        }

        @Override
        public Optional<?> updateReference(Optional<?> reference, Object contents) {
            return Optional.ofNullable(contents);
        }
    }
}
