package io.otp.core.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.time.DateRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The legal thresholds in force over time: a list of {@link LegalThresholds}, each with its own
 * validity period, no two periods sharing a day. Gaps are allowed; a day in a gap has no thresholds
 * and {@link #forDate(LocalDate)} says so.
 *
 * <p>{@link #builtIns()} holds the periods the SDK ships (2024&ndash;2025 and 2026&ndash;2027, see
 * DOMAIN.md), read from the data file {@code io/otp/core/rules/legal-thresholds.json} in this
 * module. A host adds later periods as data, without waiting for a new SDK release:
 * <pre>{@code
 * LegalThresholds latest = ThresholdTable.builtIns().forDate(LocalDate.of(2027, 12, 31));
 * ThresholdTable table = ThresholdTable.builtIns().toBuilder()
 *     .add(latest.withValidity(DateRange.of(LocalDate.of(2028, 1, 1), LocalDate.of(2029, 12, 31)))
 *         .withEuThresholds(works, central, other, social))
 *     .build();
 * }</pre>
 * or reads a whole table from JSON with {@link #read(InputStream)}.
 *
 * <h2>Host tables</h2>
 *
 * <p>{@link #standard()} is the table that {@link OtpValidator#standard()} and the
 * {@code @LegalTender} constraint apply: the SDK's {@link #builtIns()} with the periods hosts add
 * through {@link ThresholdProvider} services and class-path resources named {@value #HOST_RESOURCE}
 * (format: {@link #read(InputStream, String)}). How they combine:
 * <ul>
 *   <li>a host period wins over the SDK's for the days it covers: an SDK period that shares days
 *       with it is cut to the days it does not share (the host corrects or extends the SDK);</li>
 *   <li>two host sources (two providers, two resources, or one of each) that share a day are an
 *       error ({@value #HOST_OVERLAP}) naming both sources and both periods: the SDK cannot choose
 *       between two hosts' readings of the law;</li>
 *   <li>a day no period covers is left to the validator, which applies the latest period that ended
 *       before it, with a warning (see {@link OtpValidator}).</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ThresholdTable {

    /** The class-path resource where a host puts a table of its own: {@value}. */
    public static final String HOST_RESOURCE = "META-INF/otp/legal-thresholds.json";

    /** Rule id of an error in a host's table: the source, the field, the value and the rule broken. */
    public static final String HOST_SOURCE = "OTP-THRESHOLDS-SOURCE";

    /** Rule id of two host sources whose periods share a day. */
    public static final String HOST_OVERLAP = "OTP-THRESHOLDS-HOST-OVERLAP";

    private static final Logger LOG = LoggerFactory.getLogger(ThresholdTable.class);

    private static final String DEFAULTS = "legal-thresholds.json";

    private static final Object STANDARD_LOCK = new Object();
    private static volatile ThresholdTable standard;
    private static volatile ValidationException standardFailure;

    private final List<LegalThresholds> periods;

    private ThresholdTable(List<LegalThresholds> periods) {
        this.periods = periods;
    }

    /**
     * The thresholds the SDK ships: 2024-01-01 to 2025-12-31 (works and concessions 5,538,000 EUR;
     * supplies and services 143,000 EUR for central government and 221,000 EUR for other
     * authorities; Annex IV services 750,000 EUR) and 2026-01-01 to 2027-12-31 (5,404,000 EUR;
     * 140,000 EUR; 216,000 EUR; 750,000 EUR), with the national limits of LCSP arts. 118, 145,
     * 146 and 159 that applied in both periods.
     *
     * @return the table the SDK ships, not null
     */
    public static ThresholdTable builtIns() {
        return Defaults.TABLE;
    }

    /**
     * The thresholds the SDK ships.
     *
     * @return the table the SDK ships, not null
     * @deprecated the registries of the SDK share one set of verbs; use {@link #builtIns()}
     */
    @Deprecated(since = "0.1", forRemoval = true)
    public static ThresholdTable defaults() {
        return builtIns();
    }

    /**
     * The table the SDK applies by default: {@link #builtIns()} with the periods of every
     * {@link ThresholdProvider} found with {@link ServiceLoader} and every class-path resource
     * {@value #HOST_RESOURCE}, through the class loader of the SDK's core, combined as the class
     * documentation says. Looked up on the first call and kept; without host tables it equals
     * {@link #builtIns()}.
     *
     * @return the table, not null
     * @throws ValidationException if a host table is malformed ({@value #HOST_SOURCE}) or two host
     *     sources share a day ({@value #HOST_OVERLAP}); the same exception on every call
     */
    public static ThresholdTable standard() {
        ThresholdTable found = standard;
        if (found != null) {
            return found;
        }
        synchronized (STANDARD_LOCK) {
            if (standard == null && standardFailure == null) {
                ClassLoader loader = ThresholdTable.class.getClassLoader();
                try {
                    standard = discovered(loader == null ? ClassLoader.getSystemClassLoader() : loader);
                } catch (ValidationException e) {
                    standardFailure = e;
                }
            }
            if (standardFailure != null) {
                throw standardFailure;
            }
            return standard;
        }
    }

    /**
     * Looks host tables up through a class loader, as {@link #standard()} does, and combines them
     * with {@link #builtIns()}; not cached.
     *
     * @param loader the class loader whose {@link ThresholdProvider} services and
     *     {@value #HOST_RESOURCE} resources are read; null for the system class loader
     * @return the combined table, not null
     * @throws ValidationException if a host table is malformed or two host sources share a day
     * @throws UncheckedIOException if a resource cannot be read
     */
    public static ThresholdTable discovered(ClassLoader loader) {
        loader = loader == null ? ClassLoader.getSystemClassLoader() : loader;
        Map<String, ThresholdTable> sources = new LinkedHashMap<>();
        Iterator<ThresholdProvider> providers = ServiceLoader.load(ThresholdProvider.class, loader).iterator();
        while (true) {
            ThresholdProvider provider;
            try {
                if (!providers.hasNext()) {
                    break;
                }
                provider = providers.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                throw new ValidationException(List.of(Violation.of("", HOST_SOURCE,
                    "io.otp.core.rules.thresholds.provider", "source", ThresholdProvider.class.getName(),
                    "detail", e.getMessage())), e);
            }
            ThresholdTable table = provider.thresholds();
            if (table == null) {
                throw new ValidationException(Violation.of("", HOST_SOURCE,
                    "io.otp.core.rules.thresholds.provider", "source", provider.name(), "detail", "null table"));
            }
            sources.put("provider " + provider.name(), table);
        }
        try {
            Enumeration<URL> urls = loader.getResources(HOST_RESOURCE);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                try (InputStream in = url.openStream()) {
                    sources.put(url.toString(), read(in, url.toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the host threshold tables " + HOST_RESOURCE, e);
        }
        ThresholdTable combined = combine(builtIns(), sources);
        if (!sources.isEmpty()) {
            LOG.info("Legal thresholds: the SDK's periods with those of {}: {}", sources.keySet(), combined);
        }
        return combined;
    }


    /**
     * Looks host tables up through a class loader and combines them with {@link #builtIns()}; not cached.
     *
     * @param loader the class loader; not null
     * @return the combined table, not null
     * @deprecated the registries of the SDK share one set of verbs; use {@link #discovered(ClassLoader)}
     */
    @Deprecated(since = "0.1", forRemoval = true)
    public static ThresholdTable discover(ClassLoader loader) {
        return discovered(loader);
    }
    /**
     * Combines a table with host tables: host periods win for their days; two host tables sharing a
     * day are an error.
     *
     * @param base the SDK's table
     * @param sources the host tables by source name, in the order found
     * @return the combined table
     */
    static ThresholdTable combine(ThresholdTable base, Map<String, ThresholdTable> sources) {
        List<Violation> v = new ArrayList<>();
        List<Map.Entry<String, ThresholdTable>> entries = new ArrayList<>(sources.entrySet());
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                for (LegalThresholds a : entries.get(i).getValue().periods()) {
                    for (LegalThresholds b : entries.get(j).getValue().periods()) {
                        if (a.validity().overlaps(b.validity())) {
                            v.add(Violation.of("", HOST_OVERLAP, "io.otp.core.rules.thresholds.hostOverlap",
                                "source", entries.get(i).getKey(), "period", a.validity(),
                                "otherSource", entries.get(j).getKey(), "otherPeriod", b.validity()));
                        }
                    }
                }
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        ThresholdTable out = base;
        for (ThresholdTable host : sources.values()) {
            out = out.overriddenBy(host);
        }
        return out;
    }

    /**
     * Returns this table with another's periods, which win for the days they cover: each period of
     * this table that shares days with one of {@code host} keeps only the days it does not share
     * (split in two when a host period lies inside it), and every host period is added.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param host the periods that win; not null
     * @return the combined table, not null
     */
    public ThresholdTable overriddenBy(ThresholdTable host) {
        Objects.requireNonNull(host, "host");
        List<LegalThresholds> out = new ArrayList<>(host.periods);
        for (LegalThresholds p : periods) {
            List<DateRange> remaining = List.of(p.validity());
            for (LegalThresholds h : host.periods) {
                List<DateRange> next = new ArrayList<>();
                for (DateRange r : remaining) {
                    next.addAll(subtract(r, h.validity()));
                }
                remaining = next;
            }
            for (DateRange r : remaining) {
                out.add(r.equals(p.validity()) ? p : p.withValidity(r));
            }
        }
        return of(out);
    }

    private static List<DateRange> subtract(DateRange r, DateRange cut) {
        if (!r.overlaps(cut)) {
            return List.of(r);
        }
        List<DateRange> out = new ArrayList<>(2);
        if (r.start().isBefore(cut.start())) {
            out.add(DateRange.of(r.start(), cut.start().minusDays(1)));
        }
        if (r.end().isAfter(cut.end())) {
            out.add(DateRange.of(cut.end().plusDays(1), r.end()));
        }
        return out;
    }

    /**
     * Obtains a table of the given periods, in any order.
     *
     * @param periods the periods; not null, not empty, no null element
     * @return the table, its periods sorted by start, not null
     * @throws ValidationException if there is no period or two periods share a day
     */
    @JsonCreator
    public static ThresholdTable of(List<LegalThresholds> periods) {
        if (periods == null) {
            throw new NullValueException("periods");
        }
        List<LegalThresholds> sorted = new ArrayList<>(periods.size());
        for (LegalThresholds p : periods) {
            if (p == null) {
                throw new NullValueException("periods element");
            }
            sorted.add(p);
        }
        sorted.sort(Comparator.comparing(p -> p.validity().start()));
        List<Violation> v = new ArrayList<>();
        if (sorted.isEmpty()) {
            v.add(Violation.of("periods", "OTP-THRESHOLDS", "io.otp.core.rules.thresholds.empty"));
        }
        for (int i = 1; i < sorted.size(); i++) {
            LegalThresholds before = sorted.get(i - 1);
            LegalThresholds after = sorted.get(i);
            if (before.validity().overlaps(after.validity())) {
                v.add(Violation.of("periods[" + i + "].validity", "OTP-THRESHOLDS-OVERLAP",
                    "io.otp.core.rules.thresholds.overlap", "first", before.validity(),
                    "second", after.validity()));
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return new ThresholdTable(List.copyOf(sorted));
    }

    /**
     * Reads a table from JSON in the format of the SDK's own data file: an array of periods, each an
     * object with the attributes of {@link LegalThresholds}, amounts as
     * {@code {"amount": 40000.00, "currency": "EUR"}} (the currency defaults to EUR), shares as plain
     * numbers and the validity as {@code {"start": "2026-01-01", "end": "2027-12-31"}}. Unknown
     * attributes are rejected, so a misspelt one is not silently ignored. The stream is not closed.
     *
     * @param json the JSON text in UTF-8; not null
     * @return the table, not null
     * @throws ValidationException if the text is not such an array or a period breaks a rule
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static ThresholdTable read(InputStream json) {
        Objects.requireNonNull(json, "json");
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        try {
            return of(mapper.readValue(json, new TypeReference<List<LegalThresholds>>() { }));
        } catch (JsonProcessingException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ValidationException) {
                    throw new ValidationException(((ValidationException) t).violations(), e);
                }
            }
            throw new ValidationException(List.of(Violation.of("", "OTP-THRESHOLDS-JSON",
                "io.otp.core.rules.thresholds.json", "detail", e.getOriginalMessage())), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the threshold table", e);
        }
    }

    /**
     * Reads a host's table, leniently, naming the source in every error. The format is that of
     * {@link #read(InputStream)} (an array of periods), with three allowances:
     * <ul>
     *   <li>comments ({@code // ...} and {@code /* ... *}{@code /}) and a trailing comma are accepted;</li>
     *   <li>a period needs only its {@code validity} and the attributes that differ: every attribute it
     *       leaves out is taken from the SDK period ({@link #builtIns()}) in force on its first day or,
     *       when none is, from the latest SDK period that began before it (or the first SDK period);
     *       so a host adding 2028&ndash;2029 writes its validity and the four EU thresholds;</li>
     *   <li>the currency of an amount defaults to EUR, as in the SDK's own file.</li>
     * </ul>
     * Unknown attributes are still rejected, so a misspelt one is not silently ignored. Every error
     * is a violation {@value #HOST_SOURCE} at {@code periods[i].field} whose message names the
     * source, the field, the value and the rule broken. The stream is not closed.
     *
     * @param json the JSON text in UTF-8; not null
     * @param source the name errors give the text, such as its file or URL; not null
     * @return the table, not null
     * @throws ValidationException if the text is not such an array or a period breaks a rule
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static ThresholdTable read(InputStream json, String source) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(source, "source");
        ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .addModule(new JavaTimeModule()).build();
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw sourceError(source, "", "", "JSON", e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the threshold table " + source, e);
        }
        if (root == null || !root.isArray()) {
            throw sourceError(source, "", root == null ? "" : root.getNodeType().toString(), "JSON",
                "expected an array of periods", null);
        }
        List<LegalThresholds> periods = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            String path = "periods[" + i + "]";
            JsonNode node = root.get(i);
            if (!node.isObject()) {
                throw sourceError(source, path, node.toString(), "JSON", "expected an object", null);
            }
            JsonNode validityNode = node.get("validity");
            if (validityNode == null || validityNode.isNull()) {
                throw sourceError(source, path + ".validity", "", "OTP-REQUIRED", "the validity is required", null);
            }
            DateRange validity = convert(mapper, validityNode, DateRange.class, source, path + ".validity");
            ObjectNode merged = mapper.valueToTree(baseFor(validity.start()));
            merged.setAll((ObjectNode) node);
            periods.add(convert(mapper, merged, LegalThresholds.class, source, path));
        }
        try {
            return of(periods);
        } catch (ValidationException e) {
            throw sourceErrors(source, "", e);
        }
    }

    private static LegalThresholds baseFor(LocalDate start) {
        ThresholdTable sdk = builtIns();
        return sdk.find(start).or(() -> sdk.latestEndedBefore(start)).orElse(sdk.periods.get(0));
    }

    private static <T> T convert(ObjectMapper mapper, JsonNode node, Class<T> type, String source, String path) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ValidationException) {
                    throw sourceErrors(source, path, (ValidationException) t);
                }
            }
            String field = path;
            String value = "";
            if (e instanceof JsonMappingException) {
                String inner = ((JsonMappingException) e).getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
                field = inner.isEmpty() ? path : path + "." + inner;
            }
            if (e instanceof InvalidFormatException) {
                value = String.valueOf(((InvalidFormatException) e).getValue());
            } else if (e instanceof UnrecognizedPropertyException) {
                value = ((UnrecognizedPropertyException) e).getPropertyName();
            }
            throw sourceError(source, field, value, "JSON", e.getOriginalMessage(), e);
        }
    }

    private static ValidationException sourceError(String source, String field, String value, String rule,
                                                   String problem, Throwable cause) {
        return new ValidationException(List.of(Violation.of(field, HOST_SOURCE, "io.otp.core.rules.thresholds.source",
            "source", source, "field", field.isEmpty() ? "(document)" : field, "value", value, "rule", rule,
            "problem", String.valueOf(problem))), cause);
    }

    private static ValidationException sourceErrors(String source, String path, ValidationException e) {
        List<Violation> out = new ArrayList<>();
        for (Violation inner : e.violations()) {
            String field = inner.path().isEmpty() ? path : path.isEmpty() ? inner.path() : path + "." + inner.path();
            String value = inner.arguments().getOrDefault("value", inner.arguments().getOrDefault("second", ""));
            out.add(Violation.of(field, HOST_SOURCE, "io.otp.core.rules.thresholds.source", "source", source,
                "field", field.isEmpty() ? "(document)" : field, "value", value, "rule", inner.ruleId(),
                "problem", inner.message()));
        }
        return new ValidationException(out, e);
    }

    /**
     * A builder for a new table.
     *
     * @return an empty builder, not null
     */
    public static Builder builder() {
        return new Builder(List.of());
    }

    /**
     * A builder holding this table's periods, to add others.
     *
     * @return the builder, not null
     */
    public Builder toBuilder() {
        return new Builder(periods);
    }

    /**
     * The periods, sorted by start.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    @JsonValue
    public List<LegalThresholds> periods() {
        return periods;
    }

    /**
     * Finds the thresholds in force on a day.
     *
     * @param date the day; not null
     * @return the thresholds whose validity contains the day; empty if no period covers it
     */
    public Optional<LegalThresholds> find(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return periods.stream().filter(p -> p.validity().contains(date)).findFirst();
    }

    /**
     * The latest period that ended before a day: the thresholds a validator applies, with a warning,
     * to a day no period covers (after the last known period, or in a gap between two).
     *
     * @param date the day; not null
     * @return the period with the latest end before the day; empty if the day is before every period
     */
    public Optional<LegalThresholds> latestEndedBefore(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LegalThresholds found = null;
        for (LegalThresholds p : periods) {
            if (p.validity().end().isBefore(date)) {
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The thresholds in force on a day.
     *
     * @param date the day; not null
     * @return the thresholds, not null
     * @throws ValidationException (rule {@code OTP-THRESHOLDS}) if no period covers the day; the
     *     message names the day and the periods known
     */
    public LegalThresholds forDate(LocalDate date) {
        return find(date).orElseThrow(() -> new ValidationException(missing("date", date)));
    }

    /**
     * The violation reported when no period covers a day.
     *
     * @param path where the day came from
     * @param date the day
     * @return the violation
     */
    Violation missing(String path, LocalDate date) {
        return Violation.of(path, ProcurementRules.THRESHOLDS_IN_FORCE, "io.otp.core.rules.thresholds.missing",
            "date", date, "periods", describePeriods());
    }

    /**
     * The warning reported when no period covers a day and the latest earlier one is applied.
     *
     * @param path where the day came from
     * @param date the day
     * @param applied the period applied
     * @return the warning
     */
    Violation latestApplied(String path, LocalDate date, LegalThresholds applied) {
        return Violation.warning(path, ProcurementRules.THRESHOLDS_IN_FORCE, "io.otp.core.rules.thresholds.latest",
            "date", date, "period", applied.validity(), "periods", describePeriods());
    }

    private String describePeriods() {
        return periods.stream().map(p -> p.validity().toString()).collect(Collectors.joining(", "));
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ThresholdTable && periods.equals(((ThresholdTable) o).periods));
    }

    @Override
    public int hashCode() {
        return periods.hashCode();
    }

    /**
     * Returns the validity periods, e.g. {@code ThresholdTable[2024-01-01/2025-12-31, 2026-01-01/2027-12-31]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "ThresholdTable[" + describePeriods() + "]";
    }

    /**
     * Builds {@link ThresholdTable}s. Not thread-safe.
     */
    public static final class Builder {

        private final List<LegalThresholds> periods;

        private Builder(List<LegalThresholds> initial) {
            this.periods = new ArrayList<>(initial);
        }

        /**
         * Adds a period.
         *
         * @param period the thresholds and their validity; not null
         * @return this builder, not null
         */
        public Builder add(LegalThresholds period) {
            periods.add(Objects.requireNonNull(period, "period"));
            return this;
        }

        /**
         * Adds several periods.
         *
         * @param more the periods; not null, no null element
         * @return this builder, not null
         */
        public Builder addAll(Iterable<LegalThresholds> more) {
            Objects.requireNonNull(more, "more").forEach(this::add);
            return this;
        }

        /**
         * Builds the table.
         *
         * @return the table, not null
         * @throws ValidationException if there is no period or two periods share a day
         */
        public ThresholdTable build() {
            return of(periods);
        }
    }

    private static final class Defaults {
        static final ThresholdTable TABLE = load();

        private Defaults() {
        }

        private static ThresholdTable load() {
            try (InputStream in = ThresholdTable.class.getResourceAsStream(DEFAULTS)) {
                if (in == null) {
                    throw new IllegalStateException("the SDK's threshold data " + DEFAULTS
                        + " is missing from module io.otp.core");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the SDK's threshold data " + DEFAULTS, e);
            }
        }
    }
}
