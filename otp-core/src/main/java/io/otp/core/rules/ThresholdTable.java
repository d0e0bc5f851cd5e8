package io.otp.core.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The legal thresholds in force over time: a list of {@link LegalThresholds}, each with its own
 * validity period, no two periods sharing a day. Gaps are allowed; a day in a gap has no thresholds
 * and {@link #forDate(LocalDate)} says so.
 *
 * <p>{@link #defaults()} holds the periods the SDK ships (2024&ndash;2025 and 2026&ndash;2027, see
 * DOMAIN.md), read from the data file {@code io/otp/core/rules/legal-thresholds.json} in this
 * module. A host adds later periods as data, without waiting for a new SDK release:
 * <pre>{@code
 * LegalThresholds latest = ThresholdTable.defaults().forDate(LocalDate.of(2027, 12, 31));
 * ThresholdTable table = ThresholdTable.defaults().toBuilder()
 *     .add(latest.withValidity(DateRange.of(LocalDate.of(2028, 1, 1), LocalDate.of(2029, 12, 31)))
 *         .withEuThresholds(works, central, other, social))
 *     .build();
 * }</pre>
 * or reads a whole table from JSON with {@link #read(InputStream)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ThresholdTable {

    private static final String DEFAULTS = "legal-thresholds.json";

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
     * @return the default table, not null
     */
    public static ThresholdTable defaults() {
        return Defaults.TABLE;
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
