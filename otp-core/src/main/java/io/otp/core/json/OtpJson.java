package io.otp.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.otp.core.NullValueException;
import io.otp.core.OtpException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * The OTP SDK's JSON: writes and reads every SDK type, and any Jackson-compatible type of the host,
 * with one fixed configuration.
 *
 * <pre>{@code
 * OtpJson json = OtpJson.standard();
 * String text = json.write(Money.euros("125000.50"));   // {"amount":125000.50,"currency":"EUR"}
 * Money back = json.read(text, Money.class);
 * }</pre>
 *
 * <h2>What the configuration guarantees</h2>
 * <ul>
 *   <li><b>Exact decimals.</b> Amounts never pass through binary floating point:
 *       {@code BigDecimal} values keep their exact text in both directions ({@code 0.10} stays
 *       {@code 0.10}, {@code 123456789012345.67} is exact), are written in plain notation (never
 *       {@code 1E+3}), and floating-point JSON numbers read into untyped targets ({@code Object},
 *       {@code Map}, {@code JsonNode}) become {@code BigDecimal}s with their trailing zeros. A
 *       fractional number is not accepted where an integer is expected (no silent truncation).</li>
 *   <li><b>ISO-8601 dates.</b> java.time values are written as ISO-8601 text
 *       ({@code 2026-01-31}, {@code 2026-01-31T09:00:00Z}, {@code PT8H}), never as numbers, and an
 *       offset read is kept as given, not adjusted to a time zone.</li>
 *   <li><b>Deterministic output.</b> The same object, and equal objects, always give byte-identical
 *       JSON: map entries are sorted by key, properties alphabetically unless the type declares an
 *       order ({@code @JsonPropertyOrder}), pretty printing uses {@code \n} on every platform.</li>
 *   <li><b>Absent values.</b> An empty {@link java.util.Optional} property is omitted; reading
 *       accepts both a missing property and {@code null} for it. Empty collections are written as
 *       {@code []}/{@code {}}, never omitted.</li>
 *   <li><b>Strict reading.</b> Unknown properties are rejected (unless configured otherwise),
 *       duplicate keys are rejected, {@code null} is rejected for primitives, and nothing may follow
 *       the JSON value. Size limits protect against hostile input: see {@link Builder}.</li>
 * </ul>
 *
 * <h2>Errors</h2>
 * Every problem of the input is reported as a {@link ValidationException} whose violations carry a
 * JSON path such as {@code lots[1].criteria[0].maxPoints} (the document itself is the empty path),
 * a rule id and a message in English or Spanish; Jackson's exception is kept as the cause:
 * <ul>
 *   <li>{@code OTP-JSON-SYNTAX}: malformed JSON (bytes that are not text in the encoding detected
 *       included), an empty document, or content after the value;</li>
 *   <li>{@code OTP-JSON-DUPLICATE-KEY}: a property appears twice in one object;</li>
 *   <li>{@code OTP-JSON-TYPE}: a value of the wrong kind or format ({@code "abc"} for a number,
 *       {@code null} for a primitive or as the whole document);</li>
 *   <li>{@code OTP-JSON-UNKNOWN-PROPERTY}: a property the type does not have;</li>
 *   <li>{@code OTP-REQUIRED}: a required property is missing;</li>
 *   <li>{@code OTP-JSON-LIMIT}: a size limit of {@link Builder} is exceeded;</li>
 *   <li>{@code OTP-JSON-UNSUPPORTED}: the type cannot be mapped to JSON at all (a programming
 *       error, such as an abstract type without a known implementation);</li>
 *   <li>{@code OTP-JSON-VALUE}: the type refused the value for a reason other than an SDK rule;</li>
 *   <li>any SDK rule: when an SDK type rejects a value while being built (e.g.
 *       {@code OTP-FORMULA-ID}), its violations are reported with their path placed under the JSON
 *       path of the object: a bad formula id at index 2 of {@code formulas} is reported at
 *       {@code formulas[2].formula.id}, because {@code FormulaReference} names its own path
 *       {@code formula.id}. For single-value types the value's own path is kept too:
 *       a bad {@code LotId} in property {@code lot} is reported at {@code lot.lotId}.</li>
 * </ul>
 * A failure of the caller's {@link InputStream} is not a validation problem and is reported as an
 * {@link OtpException}.
 *
 * <p>This class is immutable and thread-safe: one instance may serve any number of threads.
 */
public final class OtpJson {

    /** Default {@link Builder#maxDocumentLength(long)}: 16 MiB. */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;

    /** Default {@link Builder#maxNestingDepth(int)}: 64 levels of objects and arrays. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

    /** Default {@link Builder#maxStringLength(int)}: 1 MiB (1,048,576 characters). */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;

    /** Default {@link Builder#maxNumberLength(int)}: 100 digits. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

    private static final OtpJson STANDARD = builder().build();

    private final JsonMapper mapper;
    private final JsonErrors errors;
    private final long maxDocumentLength;
    private final String description;

    private OtpJson(Builder b) {
        StreamReadConstraints readConstraints = StreamReadConstraints.builder()
            .maxDocumentLength(b.maxDocumentLength)
            .maxNestingDepth(b.maxNestingDepth)
            .maxStringLength(b.maxStringLength)
            .maxNumberLength(BoundedDecimalDeserializer.textLimit(b.maxNumberLength))
            .build();
        JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(readConstraints)
            // What the SDK writes it must be able to read back with the same limits.
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(b.maxNestingDepth).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
        DefaultIndenter newlines = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(newlines)
            .withArrayIndenter(newlines);
        this.mapper = JsonMapper.builder(factory)
            .addModule(new OtpJsonModule())
            .addModule(new SimpleModule("OtpJsonDecimals").addDeserializer(BigDecimal.class,
                new BoundedDecimalDeserializer(b.maxNumberLength)))
            .addModule(new SimpleModule("OtpJsonTimeAsText").setDeserializerModifier(new TimeAsTextOnly()))
            .addModule(new SimpleModule("OtpJsonAliasesOnce").setDeserializerModifier(new AliasesOnce()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, b.failOnUnknownProperties)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.WRAP_EXCEPTIONS)
            // A number or a truth value where text goes is a wrong type, not text: "description": 1E+1000000000
            // must not be read as the description "1E+1000000000".
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .configure(SerializationFeature.INDENT_OUTPUT, b.prettyPrint)
            .defaultPrettyPrinter(printer)
            .build();
        this.errors = new JsonErrors(readConstraints, b.maxDocumentLength, b.maxNumberLength);
        this.maxDocumentLength = b.maxDocumentLength;
        this.description = "OtpJson[failOnUnknownProperties=" + b.failOnUnknownProperties
            + ", maxDocumentLength=" + b.maxDocumentLength + ", maxNestingDepth=" + b.maxNestingDepth
            + ", maxStringLength=" + b.maxStringLength + ", maxNumberLength=" + b.maxNumberLength
            + ", prettyPrint=" + b.prettyPrint + "]";
    }

    /**
     * The shared instance with every default of {@link Builder}.
     *
     * @return the standard instance, not null
     */
    public static OtpJson standard() {
        return STANDARD;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes a value as JSON text.
     *
     * @param value the value; not null
     * @return the JSON, not null
     * @throws NullValueException if the value is null (the SDK never writes an absent value as a
     *     document)
     * @throws ValidationException if the value cannot be written, e.g. its type has no JSON mapping
     *     ({@code OTP-JSON-UNSUPPORTED}) or it nests deeper than the limit ({@code OTP-JSON-LIMIT})
     */
    public String write(Object value) {
        requireValue(value);
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw errors.writing(e, value);
        }
    }

    /**
     * Writes a value as UTF-8 encoded JSON.
     *
     * @param value the value; not null
     * @return the JSON bytes, UTF-8, without byte-order mark; not null
     * @throws NullValueException if the value is null
     * @throws ValidationException if the value cannot be written (see {@link #write(Object)})
     */
    public byte[] writeBytes(Object value) {
        requireValue(value);
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw errors.writing(e, value);
        }
    }

    /**
     * Writes a value as UTF-8 encoded JSON to a stream, the same bytes as {@link #writeBytes(Object)},
     * without holding the document in memory. The stream is flushed, not closed.
     *
     * @param value the value; not null
     * @param out the stream; not null
     * @throws NullValueException if the value or the stream is null
     * @throws ValidationException if the value cannot be written (see {@link #write(Object)})
     * @throws UncheckedIOException if the stream fails
     */
    public void write(Object value, OutputStream out) {
        requireValue(value);
        if (out == null) {
            throw new NullValueException("out");
        }
        try {
            mapper.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, value);
        } catch (JsonProcessingException e) {
            throw errors.writing(e, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a value from JSON text.
     *
     * @param <T> the type read
     * @param json the JSON; not null
     * @param type the type to read; not null
     * @return the value, not null
     * @throws ValidationException if an argument is null ({@link NullValueException}), the JSON is
     *     malformed, does not fit the type, breaks a rule of an SDK type or exceeds a limit;
     *     the violations say where (see the class documentation)
     */
    public <T> T read(String json, Class<T> type) {
        requireType(type);
        return readText(json, mapper.constructType(type));
    }

    /**
     * Reads a value from UTF-8 (or UTF-16/32, detected) encoded JSON.
     *
     * @param <T> the type read
     * @param json the JSON bytes; not null
     * @param type the type to read; not null
     * @return the value, not null
     * @throws ValidationException if an argument is null ({@link NullValueException}), the JSON is
     *     malformed, does not fit the type, breaks a rule of an SDK type or exceeds a limit
     */
    public <T> T read(byte[] json, Class<T> type) {
        requireType(type);
        return readBytes(json, mapper.constructType(type));
    }

    /**
     * Reads a value from a stream of UTF-8 (or UTF-16/32, detected) encoded JSON. The stream is read
     * up to the end of the document, to make sure nothing follows the value, and is not closed.
     *
     * @param <T> the type read
     * @param json the stream; not null
     * @param type the type to read; not null
     * @return the value, not null
     * @throws ValidationException if an argument is null ({@link NullValueException}), the JSON is
     *     malformed, does not fit the type, breaks a rule of an SDK type or exceeds a limit
     * @throws OtpException if the stream itself fails (the message and cause say why)
     */
    public <T> T read(InputStream json, Class<T> type) {
        requireType(type);
        return readStream(json, mapper.constructType(type));
    }

    /**
     * Reads a value of a generic type from JSON text, e.g.
     * {@code read(json, new TypeReference<List<Money>>() {})}.
     *
     * @param <T> the type read
     * @param json the JSON; not null
     * @param type the type to read; not null
     * @return the value, not null
     * @throws ValidationException if an argument is null ({@link NullValueException}), the JSON is
     *     malformed, does not fit the type, breaks a rule of an SDK type or exceeds a limit
     */
    public <T> T read(String json, TypeReference<T> type) {
        requireType(type);
        return readText(json, mapper.constructType(type));
    }

    /**
     * Reads a value of a generic type from encoded JSON.
     *
     * @param <T> the type read
     * @param json the JSON bytes; not null
     * @param type the type to read; not null
     * @return the value, not null
     * @throws ValidationException if an argument is null ({@link NullValueException}), the JSON is
     *     malformed, does not fit the type, breaks a rule of an SDK type or exceeds a limit
     */
    public <T> T read(byte[] json, TypeReference<T> type) {
        requireType(type);
        return readBytes(json, mapper.constructType(type));
    }

    /**
     * Reads a value of a generic type from a stream of encoded JSON; the stream is not closed.
     *
     * @param <T> the type read
     * @param json the stream; not null
     * @param type the type to read; not null
     * @return the value, not null
     * @throws ValidationException if an argument is null ({@link NullValueException}), the JSON is
     *     malformed, does not fit the type, breaks a rule of an SDK type or exceeds a limit
     * @throws OtpException if the stream itself fails
     */
    public <T> T read(InputStream json, TypeReference<T> type) {
        requireType(type);
        return readStream(json, mapper.constructType(type));
    }

    /**
     * A copy of the configured Jackson mapper, for what the facade does not offer (streaming, trees,
     * {@code convertValue}). Modifying the copy does not affect this facade, and the facade's
     * configuration never changes the copy. Errors raised through the copy are Jackson's own, not
     * translated to {@link ValidationException}s.
     *
     * @return a new mapper with this facade's configuration, not null
     */
    public ObjectMapper mapper() {
        return mapper.copy();
    }

    /**
     * Describes the options, e.g. {@code OtpJson[failOnUnknownProperties=true, ...]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return description;
    }

    private <T> T readText(String json, JavaType type) {
        if (json == null) {
            throw new NullValueException("json");
        }
        if (json.length() > maxDocumentLength) {
            throw errors.documentTooLong(json.length(), null);
        }
        return parse(type, () -> mapper.createParser(json));
    }

    private <T> T readBytes(byte[] json, JavaType type) {
        if (json == null) {
            throw new NullValueException("json");
        }
        if (json.length > maxDocumentLength) {
            throw errors.documentTooLong(json.length, null);
        }
        return parse(type, () -> mapper.createParser(json));
    }

    private <T> T readStream(InputStream json, JavaType type) {
        if (json == null) {
            throw new NullValueException("json");
        }
        return parse(type, () -> mapper.createParser(new BoundedInputStream(json, maxDocumentLength)));
    }

    /**
     * Reads with a parser opened here, so that a failure can still be described from the parser's
     * position (the offending token, the path in the document) before it is closed.
     */
    @SuppressWarnings("unchecked")
    private <T> T parse(JavaType type, ParserSource source) {
        JsonParser parser = null;
        try {
            parser = source.open();
            // Trailing content is checked below, to report it as such rather than as a type mismatch.
            ObjectReader reader = mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
            Object value = reader.readValue(parser);
            if (value == null) {
                throw errors.nullDocument(type);
            }
            if (parser.nextToken() != null) {
                throw errors.trailing(parser);
            }
            return (T) value;
        } catch (ValidationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw errors.reading(e, parser, type);
        } finally {
            closeQuietly(parser);
        }
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser == null) {
            return;
        }
        try {
            parser.close();
        } catch (IOException e) {
            // The value has been read or the failure reported; a failing close of a
            // non-owning wrapper changes neither.
        }
    }

    private static void requireValue(Object value) {
        if (value == null) {
            throw new NullValueException("value");
        }
    }

    private static void requireType(Object type) {
        if (type == null) {
            throw new NullValueException("type");
        }
    }

    /** Opens the parser of one kind of input. */
    @FunctionalInterface
    private interface ParserSource {
        JsonParser open() throws IOException;
    }

    /**
     * Builds an {@link OtpJson} with options other than the defaults. The limits bound what a
     * hostile or broken document can make the reader do; the defaults suit the SDK's documents
     * (a whole tender with its lots, criteria and bids is far below them).
     *
     * <p>A builder is not thread-safe; the {@code OtpJson} it builds is.
     */
    public static final class Builder {

        private boolean failOnUnknownProperties = true;
        private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
        private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
        private boolean prettyPrint;

        private Builder() {
        }

        /**
         * Whether a property the target type does not have is an error ({@code true}, the default:
         * a misspelt property would otherwise be silently lost) or is ignored ({@code false}: for
         * reading documents written by a newer version).
         *
         * @param fail true to reject unknown properties
         * @return this builder, not null
         */
        public Builder failOnUnknownProperties(boolean fail) {
            this.failOnUnknownProperties = fail;
            return this;
        }

        /**
         * The longest document read: bytes for {@code byte[]} and stream input, characters for
         * text. Default {@link #DEFAULT_MAX_DOCUMENT_LENGTH}.
         *
         * @param max the limit; positive
         * @return this builder, not null
         * @throws ValidationException if not positive
         */
        public Builder maxDocumentLength(long max) {
            this.maxDocumentLength = positive("maxDocumentLength", max);
            return this;
        }

        /**
         * The deepest nesting of objects and arrays, read or written. Default
         * {@link #DEFAULT_MAX_NESTING_DEPTH}.
         *
         * @param max the limit; positive
         * @return this builder, not null
         * @throws ValidationException if not positive
         */
        public Builder maxNestingDepth(int max) {
            this.maxNestingDepth = (int) positive("maxNestingDepth", max);
            return this;
        }

        /**
         * The longest string value read, in characters. Default {@link #DEFAULT_MAX_STRING_LENGTH}.
         *
         * @param max the limit; positive
         * @return this builder, not null
         * @throws ValidationException if not positive
         */
        public Builder maxStringLength(int max) {
            this.maxStringLength = (int) positive("maxStringLength", max);
            return this;
        }

        /**
         * The most digits a number read may have. A decimal read into a {@code BigDecimal} (every
         * amount, number of points and percentage) is counted as it is written, in plain notation,
         * integer part and fraction together, without the trailing zeros of its fraction:
         * {@code 1e400} has 401 digits and is rejected, as is {@code 1E-1000000000}, rather than
         * expanded to digits that take minutes to compute; {@code 125000.5000} has seven. The text of
         * a number may carry ten digits more than the limit, so that the zeros an SDK type adds when
         * it writes a value (the cents of an amount) never stop the SDK from reading its own JSON.
         * Default {@link #DEFAULT_MAX_NUMBER_LENGTH}, ample for any amount.
         *
         * @param max the limit; positive
         * @return this builder, not null
         * @throws ValidationException if not positive
         */
        public Builder maxNumberLength(int max) {
            this.maxNumberLength = (int) positive("maxNumberLength", max);
            return this;
        }

        /**
         * Whether output is indented (two spaces, {@code \n} line ends on every platform) rather
         * than compact (the default). Either form is deterministic.
         *
         * @param pretty true to indent
         * @return this builder, not null
         */
        public Builder prettyPrint(boolean pretty) {
            this.prettyPrint = pretty;
            return this;
        }

        /**
         * Builds the facade.
         *
         * @return a new, immutable facade, not null
         */
        public OtpJson build() {
            return new OtpJson(this);
        }

        private static long positive(String option, long value) {
            if (value <= 0) {
                throw new ValidationException(Violation.of(option, "OTP-JSON-OPTION", "io.otp.core.json.option",
                    "option", option, "value", value));
            }
            return value;
        }
    }
}
