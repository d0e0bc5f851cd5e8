package io.otp.core.tender;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.Percentage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The social data of a bidder that LCSP art. 147.2 uses to break ties when the pliego sets no
 * criteria of its own, in this order: (a) higher percentage of disabled workers or workers in
 * social-inclusion programmes, then, still tied, "el mayor número de trabajadores fijos con
 * discapacidad en plantilla, o el mayor número de personas trabajadoras en inclusión en la
 * plantilla"; (b) lower percentage of temporary contracts; (c) higher percentage of women employed;
 * (d) a draw. The data refer to the end of the bidding period and are filed only when a tie occurs
 * (art. 147.2, last paragraph), so each is optional.
 *
 * <p><b>The second measure of art. 147.2.a.</b> The article names two groups of workers joined by
 * "o", as its first measure does ("trabajadores con discapacidad o en situación de exclusión
 * social"): the measure is the number of workers of either group, so the two counts are added
 * ({@link #permanentDisabledOrInclusionWorkers()}). A bidder that files one count and not the other
 * is measured by the count filed: a datum not proved cannot make a bidder win (art. 147.2, last
 * paragraph), and an absent count adds nothing.
 *
 * <p>Percentages lie between 0 and 100; the counts of workers are not negative.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTieBreakData.class)
@JsonDeserialize(as = ImmutableTieBreakData.class)
public abstract class TieBreakData {

    TieBreakData() {
    }

    /**
     * A builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * No data filed.
     *
     * @return empty data, not null
     */
    public static TieBreakData none() {
        return builder().build();
    }

    /**
     * Percentage of the staff with a disability or in social-inclusion programmes (art. 147.2.a).
     *
     * @return the percentage; empty if not filed
     */
    public abstract Optional<Percentage> disabledWorkersPercentage();

    /**
     * Number of permanent workers with a disability ("trabajadores fijos con discapacidad en
     * plantilla", art. 147.2.a, second measure).
     *
     * @return the count; empty if not filed
     */
    public abstract Optional<Integer> permanentDisabledWorkers();

    /**
     * Number of workers in inclusion on the staff ("personas trabajadoras en inclusión en la
     * plantilla", art. 147.2.a, second measure): workers hired through a social-inclusion programme
     * or company (Ley 44/2007, de empresas de inserción). Not required to be permanent: the article
     * asks permanence of the disabled workers only.
     *
     * @return the count; empty if not filed
     */
    public abstract Optional<Integer> inclusionWorkers();

    /**
     * The second measure of art. 147.2.a: permanent workers with a disability plus workers in
     * inclusion, the counts filed added (an absent count adds nothing).
     *
     * @return the sum; empty when neither count was filed
     */
    public Optional<Long> permanentDisabledOrInclusionWorkers() {
        if (permanentDisabledWorkers().isEmpty() && inclusionWorkers().isEmpty()) {
            return Optional.empty();
        }
        // long: two counts up to Integer.MAX_VALUE each cannot overflow their sum
        return Optional.of((long) permanentDisabledWorkers().orElse(0) + inclusionWorkers().orElse(0));
    }

    /**
     * Percentage of temporary contracts in the staff (art. 147.2.b; lower wins).
     *
     * @return the percentage; empty if not filed
     */
    public abstract Optional<Percentage> temporaryContractsPercentage();

    /**
     * Percentage of women in the staff (art. 147.2.c).
     *
     * @return the percentage; empty if not filed
     */
    public abstract Optional<Percentage> womenPercentage();

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        range(v, "disabledWorkersPercentage", disabledWorkersPercentage());
        range(v, "temporaryContractsPercentage", temporaryContractsPercentage());
        range(v, "womenPercentage", womenPercentage());
        permanentDisabledWorkers().filter(n -> n < 0).ifPresent(n ->
            v.add(Violation.of("permanentDisabledWorkers", "LCSP-147.2",
                "io.otp.core.tender.tie.negativeCount", "value", n)));
        inclusionWorkers().filter(n -> n < 0).ifPresent(n ->
            v.add(Violation.of("inclusionWorkers", "LCSP-147.2",
                "io.otp.core.tender.tie.negativeInclusionCount", "value", n)));
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    private static void range(List<Violation> v, String field, Optional<Percentage> p) {
        p.filter(x -> x.value().signum() < 0 || x.isGreaterThan(Percentage.HUNDRED)).ifPresent(x ->
            v.add(Violation.of(field, "LCSP-147.2", "io.otp.core.tender.tie.range", "field", field, "value", x)));
    }

    /** Builds {@link TieBreakData}; each attribute may be set once. */
    public static final class Builder extends ImmutableTieBreakData.Builder {
        Builder() {
        }
    }
}
