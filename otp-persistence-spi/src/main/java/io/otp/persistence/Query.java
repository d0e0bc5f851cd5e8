package io.otp.persistence;

import io.otp.core.OtpMessages;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.DepartmentId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.ProjectId;
import io.otp.core.id.TenderId;
import io.otp.core.lifecycle.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A look-up of stored aggregates by their query values ({@link Aggregate#queryValues()}): all the
 * conditions must hold; results come sorted by id text, those after {@link #after()} if it is set, at
 * most {@link #limit()} of them. A list is never cut silently: without a limit set by {@link #limit(int)},
 * {@link Repository#find(Query)} refuses a query that matches more than {@value #DEFAULT_LIMIT}
 * aggregates; {@link Repository#stream(Query)} reads any number, page by page.
 *
 * <pre>{@code
 * repository.find(Query.all().status(NeedStatus.RAISED).department(DepartmentId.of("URB"))
 *     .dateBetween(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30")));
 * }</pre>
 *
 * <p>Values compare as text: equality, and for ranges the inclusive bounds in text order, which is
 * date order for the ISO-8601 dates of {@link Aggregate#DATE}. {@link #matches(String, Map)} is the
 * meaning every store implements, and {@link #results(List, String)} what its lists hold.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Query {

    /**
     * The most results a list holds: the highest {@link #limit(int)}, and the most a query without a limit
     * may match in {@link Repository#find(Query)}.
     */
    public static final int DEFAULT_LIMIT = 10_000;

    private static final Query ALL = new Query(List.of(), DEFAULT_LIMIT, false, Optional.empty());

    private final List<Condition> conditions;

    private final int limit;

    private final boolean limited;

    private final Optional<String> after;

    private Query(List<Condition> conditions, int limit, boolean limited, Optional<String> after) {
        this.conditions = conditions;
        this.limit = limit;
        this.limited = limited;
        this.after = after;
    }

    /**
     * The query without conditions.
     *
     * @return the query, not null
     */
    public static Query all() {
        return ALL;
    }

    /**
     * Adds the condition that a query value equals a text.
     *
     * @param name the value's name, e.g. {@link Aggregate#STATUS}; not null, not blank
     * @param value the text; not null
     * @return a new query, not null
     * @throws ValidationException if the name is blank, or a text holds U+0000 or a lone surrogate
     *     ({@link io.otp.persistence.audit.StorableText})
     */
    public Query where(String name, String value) {
        return with(new Condition(checkName(name), Optional.of(kept("value", Objects.requireNonNull(value, "value"))),
            Optional.empty(), Optional.empty()));
    }

    /**
     * Adds the condition that a query value lies between two texts, both included.
     *
     * @param name the value's name, e.g. {@link Aggregate#DATE}; not null, not blank
     * @param from the lowest text; not null
     * @param to the highest text; not null
     * @return a new query, not null
     * @throws ValidationException if the name is blank, {@code from} comes after {@code to}, or a text holds U+0000
     *     or a lone surrogate ({@link io.otp.persistence.audit.StorableText})
     */
    public Query between(String name, String from, String to) {
        kept("from", Objects.requireNonNull(from, "from"));
        kept("to", Objects.requireNonNull(to, "to"));
        if (from.compareTo(to) > 0) {
            throw new ValidationException(Violation.of("to", "OTP-QUERY-RANGE", "io.otp.persistence.query.range",
                "name", name, "from", from, "to", to));
        }
        return with(new Condition(checkName(name), Optional.empty(), Optional.of(from), Optional.of(to)));
    }

    /**
     * Adds the condition that the aggregate is in a status.
     *
     * @param status the status; not null
     * @param <S> the type of status
     * @return a new query, not null
     */
    public <S extends Enum<S> & Status<S>> Query status(S status) {
        return where(Aggregate.STATUS, Objects.requireNonNull(status, "status").name());
    }

    /**
     * Adds the condition that the aggregate concerns a department.
     *
     * @param department the department; not null
     * @return a new query, not null
     */
    public Query department(DepartmentId department) {
        return where(Aggregate.DEPARTMENT, department.value());
    }

    /**
     * Adds the condition that the aggregate concerns a project.
     *
     * @param project the project; not null
     * @return a new query, not null
     */
    public Query project(ProjectId project) {
        return where(Aggregate.PROJECT, project.value());
    }

    /**
     * Adds the condition that the aggregate concerns a tender.
     *
     * @param tender the tender; not null
     * @return a new query, not null
     */
    public Query tender(TenderId tender) {
        return where(Aggregate.TENDER, tender.value());
    }

    /**
     * Adds the condition that the aggregate concerns an organisation.
     *
     * @param organisation the organisation; not null
     * @return a new query, not null
     */
    public Query organisation(OrganisationId organisation) {
        return where(Aggregate.ORGANISATION, organisation.value());
    }

    /**
     * Adds the condition that the aggregate's date lies in a range, both ends included.
     *
     * @param from the first day; not null
     * @param to the last day; not null
     * @return a new query, not null
     * @throws ValidationException if {@code from} is after {@code to}
     */
    public Query dateBetween(LocalDate from, LocalDate to) {
        return between(Aggregate.DATE, from.toString(), to.toString());
    }

    /**
     * Limits the number of results.
     *
     * @param max the most results, 1 to {@link #DEFAULT_LIMIT}
     * @return a new query, not null
     * @throws ValidationException if out of range
     */
    public Query limit(int max) {
        if (max < 1 || max > DEFAULT_LIMIT) {
            throw new ValidationException(Violation.of("limit", "OTP-QUERY-LIMIT", "io.otp.persistence.query.limit",
                "value", max, "max", DEFAULT_LIMIT));
        }
        return new Query(conditions, max, true, after);
    }

    /**
     * Keeps only the aggregates whose id text comes after a given one (in {@link String#compareTo} order,
     * the order of results): the next page after the last id of the previous one.
     *
     * @param idText the id text of the last aggregate already read; not null
     * @return a new query, not null; replaces an earlier {@code after}
     */
    public Query after(String idText) {
        return new Query(conditions, limit, limited, Optional.of(kept("after", Objects.requireNonNull(idText, "idText"))));
    }

    /**
     * The id text results come after.
     *
     * @return the id text; empty to start from the first
     */
    public Optional<String> after() {
        return after;
    }

    /**
     * Whether the limit was set with {@link #limit(int)}: a list of such a query holds at most that many
     * results; one without refuses to hold part of a larger result.
     *
     * @return true if a limit was set
     */
    public boolean limited() {
        return limited;
    }

    /**
     * What a store's {@link Repository#find(Query)} returns from the first {@code limit() + 1} matches it
     * fetched in order: at most {@link #limit()} of them if the limit was set, or all of them if they are
     * no more than the limit; otherwise it refuses, so that no caller mistakes part of a result for all of it.
     *
     * @param fetched the first matches in order of id text, at most {@code limit() + 1}; not null
     * @param typeName the aggregates' type name, for the message; not null
     * @param <T> the type of results
     * @return an unmodifiable list, not null
     * @throws PersistenceException if more aggregates match than a list without a limit holds
     */
    public <T> List<T> results(List<T> fetched, String typeName) {
        if (fetched.size() <= limit) {
            return List.copyOf(fetched);
        }
        if (limited) {
            return List.copyOf(fetched.subList(0, limit));
        }
        throw new PersistenceException("more than " + DEFAULT_LIMIT + " " + typeName + " aggregates match " + this
            + "; a list holds at most " + DEFAULT_LIMIT + ": read them all with Repository.stream(query), or page"
            + " with limit(n) and after(lastId)");
    }

    /**
     * The conditions, in the order added.
     *
     * @return an unmodifiable list; not null
     */
    public List<Condition> conditions() {
        return conditions;
    }

    /**
     * The most results.
     *
     * @return the limit, 1 to {@link #DEFAULT_LIMIT}
     */
    public int limit() {
        return limit;
    }

    /**
     * Whether an aggregate with these query values satisfies every condition (whatever its id: see
     * {@link #matches(String, Map)} for {@link #after()}).
     *
     * @param values the aggregate's query values; not null
     * @return true if every condition holds (a missing value satisfies none)
     */
    public boolean matches(Map<String, String> values) {
        return matchesValues(values);
    }

    /**
     * Whether an aggregate with this id text and these query values satisfies every condition and comes
     * after {@link #after()}.
     *
     * @param idText the aggregate's id as text; not null
     * @param values the aggregate's query values; not null
     * @return true if it does
     */
    public boolean matches(String idText, Map<String, String> values) {
        Objects.requireNonNull(idText, "idText");
        return (after.isEmpty() || idText.compareTo(after.get()) > 0) && matchesValues(values);
    }

    private boolean matchesValues(Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        for (Condition c : conditions) {
            String v = values.get(c.name());
            if (v == null || !c.test(v)) {
                return false;
            }
        }
        return true;
    }

    private Query with(Condition c) {
        List<Condition> all = new ArrayList<>(conditions);
        all.add(c);
        return new Query(Collections.unmodifiableList(all), limit, limited, after);
    }

    /** Refuses a text no store keeps (U+0000, a lone surrogate): it would match differently in different stores. */
    private static String kept(String field, String text) {
        List<Violation> v = new ArrayList<>();
        io.otp.persistence.audit.StorableText.check(v, field, text);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return text;
    }

    private static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        kept("name", name);
        if (name.isBlank()) {
            throw new ValidationException(Violation.of("name", "OTP-QUERY-NAME", "io.otp.persistence.query.name"));
        }
        return name;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Query)) {
            return false;
        }
        Query q = (Query) o;
        return conditions.equals(q.conditions) && limit == q.limit && limited == q.limited && after.equals(q.after);
    }

    @Override
    public int hashCode() {
        return Objects.hash(conditions, limit, limited, after);
    }

    @Override
    public String toString() {
        return "Query" + conditions + after.map(a -> " after " + OtpMessages.printable(a)).orElse("")
            + (limited ? " limit " + limit : "");
    }

    /**
     * One condition on a query value: equality, or an inclusive text range.
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class Condition {

        private final String name;

        private final Optional<String> equalTo;

        private final Optional<String> from;

        private final Optional<String> to;

        Condition(String name, Optional<String> equalTo, Optional<String> from, Optional<String> to) {
            this.name = name;
            this.equalTo = equalTo;
            this.from = from;
            this.to = to;
        }

        /**
         * The query value's name.
         *
         * @return the name, not null
         */
        public String name() {
            return name;
        }

        /**
         * The text the value must equal.
         *
         * @return the text; empty for a range
         */
        public Optional<String> equalTo() {
            return equalTo;
        }

        /**
         * The lowest text of a range, included.
         *
         * @return the text; empty for an equality
         */
        public Optional<String> from() {
            return from;
        }

        /**
         * The highest text of a range, included.
         *
         * @return the text; empty for an equality
         */
        public Optional<String> to() {
            return to;
        }

        /**
         * Whether a value satisfies the condition.
         *
         * @param value the value; not null
         * @return true if it does
         */
        public boolean test(String value) {
            if (equalTo.isPresent()) {
                return equalTo.get().equals(value);
            }
            return from.get().compareTo(value) <= 0 && value.compareTo(to.get()) <= 0;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Condition)) {
                return false;
            }
            Condition c = (Condition) o;
            return name.equals(c.name) && equalTo.equals(c.equalTo) && from.equals(c.from) && to.equals(c.to);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, equalTo, from, to);
        }

        @Override
        public String toString() {
            return equalTo.map(v -> name + " = " + v).orElseGet(() -> name + " in [" + from.get() + ", " + to.get() + "]");
        }
    }
}
