package io.otp.core.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.otp.core.OtpException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.io.CharConversionException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns Jackson's exceptions into the SDK's {@link ValidationException}s, with the JSON path of the
 * problem, a rule id and a message in the SDK's bundles; the Jackson exception stays as the cause.
 *
 * <p>Jackson reports several distinct problems with the same exception class (a duplicate key and a
 * stray comma are both {@code JsonParseException}s; which limit was exceeded is only in the text of
 * a {@code StreamConstraintsException}). Those cases are told apart by the stable beginning of
 * Jackson's message; if a future Jackson words them differently they fall back to the general rule
 * of their class (syntax, limit, type), never to a raw exception.
 */
final class JsonErrors {

    static final String SYNTAX = "OTP-JSON-SYNTAX";
    static final String DUPLICATE_KEY = "OTP-JSON-DUPLICATE-KEY";
    static final String TYPE = "OTP-JSON-TYPE";
    static final String UNKNOWN_PROPERTY = "OTP-JSON-UNKNOWN-PROPERTY";
    static final String LIMIT = "OTP-JSON-LIMIT";
    static final String VALUE = "OTP-JSON-VALUE";
    static final String UNSUPPORTED = "OTP-JSON-UNSUPPORTED";
    static final String REQUIRED = "OTP-REQUIRED";

    private static final String KEY = "io.otp.core.json.";
    private static final int SHOWN = 100;
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");
    private static final Pattern LIMIT_NUMBERS = Pattern.compile("\\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*; ");
    private static final String MISSING_CREATOR_PROPERTY = "Missing required creator property '";
    private static final String DUPLICATE_FIELD = "Duplicate field '";

    private final StreamReadConstraints constraints;
    private final long maxDocumentLength;
    /** The limit as configured: the parser's own is larger (see {@link BoundedDecimalDeserializer}). */
    private final int maxNumberLength;

    JsonErrors(StreamReadConstraints constraints, long maxDocumentLength, int maxNumberLength) {
        this.constraints = constraints;
        this.maxDocumentLength = maxDocumentLength;
        this.maxNumberLength = maxNumberLength;
    }

    /** The document is longer than the limit before Jackson even sees it. */
    ValidationException documentTooLong(long length, Throwable cause) {
        return new ValidationException(List.of(limit("", "maxDocumentLength", String.valueOf(length),
            maxDocumentLength)), cause);
    }

    /** The root value is JSON {@code null}: SDK reads never return null. */
    ValidationException nullDocument(JavaType target) {
        return new ValidationException(Violation.of("", TYPE, KEY + "type", "path", display(""),
            "value", "null", "expected", typeName(target)));
    }

    /** Something follows the root value. */
    ValidationException trailing(JsonParser parser) {
        JsonLocation at = parser.currentTokenLocation();
        return new ValidationException(Violation.of("", SYNTAX, KEY + "trailing", "path", display(""),
            "value", token(parser, parser.currentToken()), "line", at.getLineNr(), "column", at.getColumnNr()));
    }

    /** The caller's stream failed: not a problem of the document, so not a validation failure. */
    OtpException io(IOException e) {
        return new OtpException("cannot read the JSON input: " + e.getMessage(), e);
    }

    /**
     * Translates a failure of reading.
     *
     * @param e what Jackson (or the stream) threw
     * @param parser the parser, still open, so that the offending token can be shown; may be null
     * @param target the type being read
     */
    OtpException reading(Throwable e, JsonParser parser, JavaType target) {
        ValidationException broken = find(e, ValidationException.class);
        if (broken != null) {
            return reRooted(broken, mappingPath(e), e);
        }
        BoundedInputStream.TooLongException tooLong = find(e, BoundedInputStream.TooLongException.class);
        if (tooLong != null) {
            return documentTooLong(tooLong.length(), e);
        }
        CharConversionException undecodable = find(e, CharConversionException.class);
        if (undecodable != null) {
            return encoding(undecodable, parser, e);
        }
        IOException failed = streamFailure(e);
        if (failed != null) {
            return io(failed);
        }
        StreamConstraintsException exceeded = find(e, StreamConstraintsException.class);
        if (exceeded != null) {
            return exceeded(exceeded, documentPath(parser, e), e);
        }
        PropertyBindingException unknown = find(e, PropertyBindingException.class);
        if (unknown != null) {
            return unknownProperty(unknown, e);
        }
        InputCoercionException coercion = find(e, InputCoercionException.class);
        if (coercion != null) {
            return new ValidationException(List.of(type(mappingPath(e), token(parser, coercion.getInputType()),
                typeName(coercion.getTargetType()))), e);
        }
        StreamReadException malformed = find(e, StreamReadException.class);
        if (malformed != null) {
            return syntax(malformed, parser, e);
        }
        InvalidDefinitionException unsupported = find(e, InvalidDefinitionException.class);
        if (unsupported != null) {
            return unsupported(unsupported, mappingPath(e), e);
        }
        MismatchedInputException mismatch = find(e, MismatchedInputException.class);
        if (mismatch != null) {
            return mismatch(mismatch, parser, target, e);
        }
        return notBuilt(mappingPath(e).isEmpty() ? documentPath(parser, e) : mappingPath(e), target, e);
    }

    /**
     * An I/O failure of the input itself, which some Jackson deserialisers (collections) wrap in a
     * {@code JsonMappingException} with a path.
     */
    private static IOException streamFailure(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof IOException && !(t instanceof JacksonException)) {
                return (IOException) t;
            }
        }
        return null;
    }

    /**
     * Translates a failure of writing.
     *
     * @param e what Jackson threw
     * @param value the value being written
     */
    ValidationException writing(JsonProcessingException e, Object value) {
        ValidationException broken = find(e, ValidationException.class);
        if (broken != null) {
            // Jackson's path ends with the property whose accessor threw; SDK violation paths are
            // relative to the object, so they go under the object's path.
            List<Object> segments = segments(e);
            if (!segments.isEmpty() && segments.get(segments.size() - 1) instanceof String) {
                segments.remove(segments.size() - 1);
            }
            return reRooted(broken, render(segments), e);
        }
        StreamConstraintsException exceeded = find(e, StreamConstraintsException.class);
        if (exceeded != null) {
            return exceeded(exceeded, mappingPath(e), e);
        }
        InvalidDefinitionException unsupported = find(e, InvalidDefinitionException.class);
        if (unsupported != null) {
            return unsupported(unsupported, mappingPath(e), e);
        }
        return new ValidationException(List.of(Violation.of(mappingPath(e), UNSUPPORTED, KEY + "unsupported",
            "path", display(mappingPath(e)), "type", typeName(value.getClass()), "detail", detail(e))), e);
    }

    private static ValidationException reRooted(ValidationException broken, String path, Throwable cause) {
        return new ValidationException(broken.violations().stream().map(v -> v.under(path))
            .collect(Collectors.toList()), cause);
    }

    private ValidationException exceeded(StreamConstraintsException e, String path, Throwable cause) {
        String message = String.valueOf(e.getOriginalMessage());
        String option;
        long maximum;
        if (message.contains("getMaxNestingDepth")) {
            option = "maxNestingDepth";
            maximum = constraints.getMaxNestingDepth();
        } else if (message.contains("getMaxDocumentLength")) {
            option = "maxDocumentLength";
            maximum = constraints.getMaxDocumentLength();
        } else if (message.contains("getMaxStringLength")) {
            option = "maxStringLength";
            maximum = constraints.getMaxStringLength();
        } else if (message.contains("getMaxNumberLength")) {
            option = "maxNumberLength";
            maximum = constraints.getMaxNumberLength();
        } else if (message.contains("getMaxNameLength")) {
            option = "maxNameLength";
            maximum = constraints.getMaxNameLength();
        } else if (message.contains("getMaxTokenCount")) {
            option = "maxTokenCount";
            maximum = constraints.getMaxTokenCount();
        } else {
            option = "streamReadConstraints";
            maximum = -1;
        }
        Matcher m = LIMIT_NUMBERS.matcher(message);
        String actual = "?";
        if (m.find()) {
            actual = m.group(1);
            maximum = Long.parseLong(m.group(2));
        }
        if ("maxNumberLength".equals(option)) {
            maximum = maxNumberLength;
        }
        return new ValidationException(List.of(limit(path, option, actual, maximum)), cause);
    }

    private static Violation limit(String path, String option, String actual, long maximum) {
        return Violation.of(path, LIMIT, KEY + "limit", "path", display(path), "limit", option,
            "actual", actual, "maximum", maximum < 0 ? "?" : String.valueOf(maximum));
    }

    private static ValidationException unknownProperty(PropertyBindingException e, Throwable cause) {
        String path = mappingPath(cause);
        List<String> known = new ArrayList<>();
        if (e.getKnownPropertyIds() != null) {
            e.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
        }
        Collections.sort(known);
        return new ValidationException(List.of(Violation.of(path, UNKNOWN_PROPERTY, KEY + "unknownProperty",
            "path", display(path), "name", shorten(e.getPropertyName()),
            "type", e.getReferringClass() == null ? "?" : typeName(e.getReferringClass()),
            "known", known.isEmpty() ? "-" : String.join(", ", known))), cause);
    }

    private static ValidationException syntax(StreamReadException e, JsonParser parser, Throwable cause) {
        String path = documentPath(parser, cause);
        JsonLocation at = e.getLocation() != null ? e.getLocation()
            : parser != null ? parser.currentLocation() : JsonLocation.NA;
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith(DUPLICATE_FIELD)) {
            String name = between(message, DUPLICATE_FIELD);
            return new ValidationException(List.of(Violation.of(path, DUPLICATE_KEY, KEY + "duplicateKey",
                "path", display(path), "name", shorten(name), "line", at.getLineNr(),
                "column", at.getColumnNr())), cause);
        }
        return new ValidationException(List.of(Violation.of(path, SYNTAX, KEY + "syntax",
            "path", display(path), "line", at.getLineNr(), "column", at.getColumnNr(),
            "detail", detail(e))), cause);
    }

    /**
     * The bytes are not text in the encoding Jackson detected (an invalid UTF-32 character, for
     * instance after a UTF-32 byte-order mark): a problem of the document, not of the stream, even
     * though Jackson's decoder reports it as an {@code IOException}.
     */
    private static ValidationException encoding(CharConversionException e, JsonParser parser, Throwable cause) {
        String path = documentPath(parser, cause);
        JsonLocation at = parser != null ? parser.currentLocation() : JsonLocation.NA;
        return new ValidationException(List.of(Violation.of(path, SYNTAX, KEY + "syntax",
            "path", display(path), "line", at.getLineNr(), "column", at.getColumnNr(),
            "detail", detail(e))), cause);
    }

    private static ValidationException unsupported(InvalidDefinitionException e, String path, Throwable cause) {
        return new ValidationException(List.of(Violation.of(path, UNSUPPORTED, KEY + "unsupported",
            "path", display(path), "type", e.getType() == null ? "?" : typeName(e.getType()),
            "detail", detail(e))), cause);
    }

    private static ValidationException mismatch(MismatchedInputException e, JsonParser parser, JavaType target,
            Throwable cause) {
        String path = mappingPath(cause);
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith(MISSING_CREATOR_PROPERTY)) {
            String name = between(message, MISSING_CREATOR_PROPERTY);
            return requiredAt(path, name, cause);
        }
        if (path.isEmpty() && parser != null && parser.currentToken() == null) {
            return new ValidationException(List.of(Violation.of("", SYNTAX, KEY + "empty",
                "path", display(""), "expected", typeName(target))), cause);
        }
        String value;
        if (e instanceof InvalidFormatException) {
            value = literal(((InvalidFormatException) e).getValue());
        } else {
            value = token(parser, parser == null || parser.currentToken() == null ? e.getCurrentToken()
                : parser.currentToken());
        }
        String expected = e.getTargetType() != null ? typeName(e.getTargetType()) : typeName(target);
        return new ValidationException(List.of(type(path, value, expected)), cause);
    }

    /** Jackson may or may not have put the missing property itself at the end of the path. */
    private static ValidationException requiredAt(String path, String name, Throwable cause) {
        JsonMappingException outermost = find(cause, JsonMappingException.class);
        List<JsonMappingException.Reference> refs = outermost == null ? List.of() : outermost.getPath();
        boolean named = !refs.isEmpty() && name.equals(refs.get(refs.size() - 1).getFieldName());
        return new ValidationException(List.of(Violation.of(named ? "" : render(List.of(name)), REQUIRED,
            "io.otp.core.required", "field", name).under(path)), cause);
    }

    private static ValidationException notBuilt(String path, JavaType target, Throwable cause) {
        String type = cause instanceof ValueInstantiationException
            && ((ValueInstantiationException) cause).getType() != null
            ? typeName(((ValueInstantiationException) cause).getType()) : typeName(target);
        return new ValidationException(List.of(Violation.of(path, VALUE, KEY + "value",
            "path", display(path), "expected", type, "detail", detail(rootCause(cause)))), cause);
    }

    private static Violation type(String path, String value, String expected) {
        return Violation.of(path, TYPE, KEY + "type", "path", display(path), "value", value,
            "expected", expected);
    }

    /** The path Jackson's data binding recorded: the chain of properties and indexes it was in. */
    static String mappingPath(Throwable e) {
        return render(segments(e));
    }

    private static List<Object> segments(Throwable e) {
        JsonMappingException outermost = find(e, JsonMappingException.class);
        List<Object> segments = new ArrayList<>();
        if (outermost == null) {
            return segments;
        }
        for (JsonMappingException.Reference ref : outermost.getPath()) {
            if (ref.getFieldName() != null) {
                segments.add(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                segments.add(ref.getIndex());
            } else {
                segments.add("?");
            }
        }
        return segments;
    }

    /**
     * The path where the parser stands, for problems of the text itself (syntax, limits), falling
     * back to the data-binding path when there is no parser.
     */
    private static String documentPath(JsonParser parser, Throwable e) {
        if (parser == null) {
            return mappingPath(e);
        }
        Deque<Object> segments = new ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                // An array just opened has no element yet: the path is the array's own.
                if (c.hasCurrentIndex()) {
                    segments.addFirst(c.getCurrentIndex());
                }
            } else if (c.getCurrentName() != null) {
                segments.addFirst(c.getCurrentName());
            }
        }
        return render(new ArrayList<>(segments));
    }

    /** Renders names joined by dots and indexes as {@code [i]}; unusual names as {@code ["a.b"]}. */
    static String render(List<Object> segments) {
        StringBuilder out = new StringBuilder();
        for (Object s : segments) {
            if (s instanceof Integer) {
                out.append('[').append(s).append(']');
            } else {
                String name = (String) s;
                if (SIMPLE_NAME.matcher(name).matches()) {
                    if (out.length() > 0) {
                        out.append('.');
                    }
                    out.append(name);
                } else {
                    out.append("[\"").append(name.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
                }
            }
        }
        return out.toString();
    }

    /** The path as shown inside messages, JSONPath style: {@code $} is the document itself. */
    static String display(String path) {
        if (path.isEmpty()) {
            return "$";
        }
        return path.startsWith("[") ? "$" + path : "$." + path;
    }

    private static String token(JsonParser parser, JsonToken token) {
        if (token == null) {
            return "?";
        }
        switch (token) {
            case START_OBJECT:
            case END_OBJECT:
                return "{…}";
            case START_ARRAY:
            case END_ARRAY:
                return "[…]";
            case VALUE_TRUE:
                return "true";
            case VALUE_FALSE:
                return "false";
            case VALUE_NULL:
                return "null";
            default:
                break;
        }
        String text;
        try {
            text = parser == null || parser.currentToken() != token ? null : parser.getText();
        } catch (IOException | RuntimeException e) {
            text = null;
        }
        if (text == null) {
            return token == JsonToken.VALUE_STRING ? "a string"
                : token.isNumeric() ? "a number" : token.name();
        }
        return token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME ? quote(text) : shorten(text);
    }

    private static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        return value instanceof CharSequence || value instanceof Character ? quote(value.toString())
            : shorten(String.valueOf(value));
    }

    private static String quote(String text) {
        return "\"" + shorten(text) + "\"";
    }

    private static String shorten(String text) {
        if (text == null) {
            return "null";
        }
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }

    private static String between(String message, String prefix) {
        int end = message.indexOf('\'', prefix.length());
        return end < 0 ? message.substring(prefix.length()) : message.substring(prefix.length(), end);
    }

    private static String detail(Throwable e) {
        String message = e instanceof JsonProcessingException
            ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage();
        String text;
        if (e instanceof NullPointerException) {
            // a factory's Objects.requireNonNull(x, "name"): say what is missing, not which Java exception
            text = message == null ? "a required value is missing" : "a required value is missing: " + message;
        } else {
            text = message == null ? "the value is not accepted" : SOURCE.matcher(message).replaceAll("[");
        }
        return text.length() <= 2 * SHOWN ? text : text.substring(0, 2 * SHOWN) + "…";
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (t.getCause() != null && seen.add(t)) {
            t = t.getCause();
        }
        return t;
    }

    /** The outermost exception of the given class in the cause chain, or null. */
    static <X extends Throwable> X find(Throwable e, Class<X> type) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** A short, readable name of what was expected: {@code List<FormulaReference>}, {@code LocalDate (yyyy-MM-dd)}. */
    static String typeName(JavaType type) {
        if (type == null) {
            return "?";
        }
        if (type.containedTypeCount() == 0) {
            return typeName(type.getRawClass());
        }
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i < type.containedTypeCount(); i++) {
            parameters.add(typeName(type.containedType(i)));
        }
        return simpleName(type.getRawClass()) + "<" + String.join(", ", parameters) + ">";
    }

    static String typeName(Class<?> type) {
        if (type == null) {
            return "?";
        }
        for (Class<?> general : GENERAL_TYPES) {
            if (general.isAssignableFrom(type)) {
                return general.getSimpleName();
            }
        }
        String hint = HINTS.get(type);
        if (hint != null) {
            return simpleName(type) + " (" + hint + ")";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return simpleName(type) + " " + Arrays.stream(constants).limit(20).map(String::valueOf)
                .collect(Collectors.joining(", ", "[", constants.length > 20 ? ", …]" : "]"));
        }
        return simpleName(type);
    }

    /** The SDK type behind Immutables' generated {@code ImmutableX} and {@code ImmutableX.Json}. */
    private static String simpleName(Class<?> type) {
        Class<?> c = type;
        if ("Json".equals(c.getSimpleName()) && c.getEnclosingClass() != null) {
            c = c.getEnclosingClass();
        }
        String name = c.getSimpleName();
        if (name.startsWith("Immutable") && c.getSuperclass() != null
                && name.substring("Immutable".length()).equals(c.getSuperclass().getSimpleName())) {
            return c.getSuperclass().getSimpleName();
        }
        if (name.startsWith("Immutable") && c.getInterfaces().length > 0
                && name.substring("Immutable".length()).equals(c.getInterfaces()[0].getSimpleName())) {
            return c.getInterfaces()[0].getSimpleName();
        }
        return name.isEmpty() ? Objects.toString(c.getName()) : name;
    }

    /**
     * Jackson names the implementation it would build ({@code ArrayList}); the reader declared the
     * interface. Most specific first.
     */
    private static final List<Class<?>> GENERAL_TYPES = List.of(java.util.SortedSet.class, java.util.Set.class,
        java.util.List.class, java.util.SortedMap.class, java.util.Map.class, java.util.Collection.class);

    private static final Map<Class<?>, String> HINTS = Map.of(
        LocalDate.class, "yyyy-MM-dd",
        LocalDateTime.class, "yyyy-MM-ddTHH:mm:ss",
        LocalTime.class, "HH:mm:ss",
        Instant.class, "yyyy-MM-ddTHH:mm:ssZ",
        OffsetDateTime.class, "yyyy-MM-ddTHH:mm:ss+01:00",
        ZonedDateTime.class, "yyyy-MM-ddTHH:mm:ss+01:00[Europe/Madrid]",
        YearMonth.class, "yyyy-MM",
        Duration.class, "ISO-8601, PT8H30M",
        Period.class, "ISO-8601, P1Y2M3D",
        Currency.class, "ISO 4217, EUR");
}
