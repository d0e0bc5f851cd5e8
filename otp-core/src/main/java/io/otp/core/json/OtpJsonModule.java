package io.otp.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Optional;

/**
 * The Jackson module of the OTP SDK, for hosts that serialise SDK types with their own
 * {@code ObjectMapper} (a Spring Boot application registers it as a bean or through
 * {@code Jackson2ObjectMapperBuilder.modulesToInstall}).
 *
 * <p>It installs:
 * <ul>
 *   <li>The rule that an SDK type ({@code io.otp.*}) is mapped only through its Jackson annotations
 *       ({@code @JsonProperty}, {@code @JsonValue}, the mapping Immutables generates): public
 *       {@code getX()}/{@code isX()} methods are not auto-detected as properties, so a convenience
 *       method such as {@code Money.isPositive()} never appears in, or is expected from, the
 *       JSON. Types of the host are unaffected.</li>
 *   <li>{@link Optional} support (Jackson 2 has none without {@code jackson-datatype-jdk8}, which the
 *       SDK does not use): a present value is written as the value; an empty {@code Optional}
 *       property is <em>omitted</em> (inclusion {@code NON_ABSENT} for every property of type
 *       {@code Optional}); when reading, a missing property and JSON {@code null} both give
 *       {@code Optional.empty()}. An empty {@code Optional} inside a list or as a map value is
 *       written as {@code null}.</li>
 *   <li>Jackson's {@code JavaTimeModule} (java.time types), declared as a dependency: a mapper that
 *       registers this module gets it too, once, even if the host registers it as well.</li>
 * </ul>
 *
 * <p>A module cannot change mapper-wide features, so a host that wants exactly the SDK's JSON also
 * sets what {@link OtpJson} sets: {@code SerializationFeature.WRITE_DATES_AS_TIMESTAMPS},
 * {@code WRITE_DURATIONS_AS_TIMESTAMPS} and {@code DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE}
 * off (ISO-8601 text); {@code DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS} and
 * {@code StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN} on (exact decimals); and for determinism
 * {@code SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS} and
 * {@code MapperFeature.SORT_PROPERTIES_ALPHABETICALLY}. Without them SDK values still round-trip
 * exactly, but dates are written as numbers and decimals may be written in exponent notation. Use
 * {@link OtpJson#mapper()} to obtain a mapper with all of it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OtpJsonModule extends Module {

    /**
     * Creates the module.
     */
    public OtpJsonModule() {
        // Stateless: every instance installs the same handlers.
    }

    /**
     * The module's name, {@code "OtpJsonModule"}.
     *
     * @return the name, not null
     */
    @Override
    public String getModuleName() {
        return "OtpJsonModule";
    }

    /**
     * Jackson's version of this module; the SDK does not track it separately from its artifact
     * version, so it is {@link Version#unknownVersion()}.
     *
     * @return the unknown version, not null
     */
    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    /**
     * The modules this one needs registered first: {@code JavaTimeModule}.
     *
     * @return a list of one module, not null
     */
    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new JavaTimeModule());
    }

    /**
     * Installs {@code Optional} support and the explicit mapping of SDK types in the mapper being
     * configured.
     *
     * @param context the mapper's set-up context, supplied by Jackson; not null
     */
    @Override
    public void setupModule(SetupContext context) {
        context.insertAnnotationIntrospector(new ExplicitSdkProperties());
        context.addTypeModifier(new OptionalSupport.TypeUpgrade());
        context.addSerializers(new OptionalSupport.SerializerLookup());
        context.addDeserializers(new OptionalSupport.DeserializerLookup());
        context.configOverride(Optional.class).setIncludeAsProperty(
            JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS));
    }
}
