package io.otp.kpi.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.id.ProjectId;
import io.otp.core.id.TypedId;
import java.util.Objects;

/**
 * The identifier of a {@link ProjectKpiSeries}: any typed id text (a letter or digit, then up to 99
 * letters, digits or {@code . _ : / # -}). {@link #of(ProjectId, KpiId)} derives the conventional id
 * {@code <project>:<kpi>}, e.g. {@code P-2026-001:spi}. Written in JSON as a string.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KpiSeriesId extends TypedId {

    private KpiSeriesId(String value) {
        super("kpiSeriesId", value);
    }

    /**
     * Obtains an id from its text.
     *
     * @param value the text; not null
     * @return the id, not null
     * @throws NullValueException if the text is null
     * @throws ValidationException if the text is not a valid typed id
     */
    @JsonCreator
    public static KpiSeriesId of(String value) {
        return new KpiSeriesId(value);
    }

    /**
     * Derives the conventional id of a project's series of a KPI: {@code <project>:<kpi>}.
     *
     * @param project the project; not null
     * @param kpi the KPI; not null
     * @return the id, not null
     * @throws ValidationException if the combined text is longer than a typed id allows (100 characters)
     */
    public static KpiSeriesId of(ProjectId project, KpiId kpi) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(kpi, "kpi");
        return of(project.value() + ":" + kpi.value());
    }

    /**
     * Reads an id from the text {@link #toString()} writes.
     *
     * @param text the text; not null
     * @return the id, not null
     * @throws NullValueException if the text is null
     * @throws ValidationException if the text is not a valid typed id
     */
    public static KpiSeriesId parse(CharSequence text) {
        return of(text == null ? (String) null : text.toString());
    }
}
