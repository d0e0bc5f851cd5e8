package io.otp.core.aggregate;

import io.otp.core.id.TypedId;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

/**
 * A value the SDK stores as a whole, under its typed id: a need, a project, a tender with its lots
 * and criteria, a bid, an evaluation, a contract, a KPI series.
 *
 * <p>An aggregate says which values it can be found by ({@link #queryValues()}), under the standard
 * names of this interface where they apply, so that a store indexes them without knowing the type;
 * and which domain events it has recorded ({@link #domainEvents()}), which a store appends to its
 * audit trail. Implementations are immutable values that read and write through
 * {@link io.otp.core.json.OtpJson}.
 *
 * @param <I> the type of the id
 */
public interface Aggregate<I extends TypedId> {

    /** The query value holding the aggregate's status, the name of its lifecycle constant, e.g. {@code OPEN}. */
    String STATUS = "status";

    /** The query value holding the department concerned, a {@code DepartmentId}. */
    String DEPARTMENT = "department";

    /** The query value holding the project concerned, a {@code ProjectId}. */
    String PROJECT = "project";

    /** The query value holding the tender concerned, a {@code TenderId}. */
    String TENDER = "tender";

    /** The query value holding the lot concerned, a {@code LotId}. */
    String LOT = "lot";

    /** The query value holding the organisation concerned (bidder, supplier, contracting authority). */
    String ORGANISATION = "organisation";

    /** The query value holding the aggregate's reference date, ISO-8601 ({@code 2026-05-04}), so that text order is date order. */
    String DATE = "date";

    /**
     * The aggregate's id.
     *
     * @return the id, not null
     */
    I id();

    /**
     * The values the aggregate can be queried by, by name: the standard names of this interface
     * ({@link #STATUS}, {@link #DEPARTMENT}, {@link #PROJECT}, {@link #TENDER}, {@link #LOT},
     * {@link #ORGANISATION}, {@link #DATE}) where they apply, as text in the form their type's {@code toString()} writes (dates
     * ISO-8601).
     *
     * @return an unmodifiable map sorted by name; empty by default; not null
     */
    default SortedMap<String, String> queryValues() {
        return Collections.emptySortedMap();
    }

    /**
     * The domain events the aggregate has recorded, oldest first; a store appends to its audit trail
     * those it has not stored yet.
     *
     * @return an unmodifiable list; empty by default; not null
     */
    default List<? extends DomainEvent> domainEvents() {
        return List.of();
    }

    /**
     * The name of an aggregate class for stores and audit trails: its simple name in lower-case words
     * joined by hyphens, e.g. {@code need}, {@code kpi-series}.
     *
     * @param type the aggregate class; not null
     * @return the name, not null
     */
    static String typeName(Class<?> type) {
        String simple = type.getSimpleName();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < simple.length(); i++) {
            char c = simple.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(simple.charAt(i - 1))) {
                out.append('-');
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
