package io.otp.ocds;

import io.otp.core.id.TenderId;
import io.otp.core.tender.Bid;
import io.otp.core.tender.Tender;
import io.otp.kpi.indicator.Measurement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One OCDS release read back into the SDK's model, for what OCDS carries: the tender with its lots and award criteria (when the release holds the call), the bids, their published evaluation, the awards, the contracts with their milestones and payments, and the KPI measurements.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ImportedRelease {

    ImportedRelease() {
    }

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The open contracting identifier ({@code ocid}).
     *
     * @return the value, not null
     */
    public abstract String ocid();

    /**
     * The release's id ({@code id}).
     *
     * @return the value, not null
     */
    public abstract String id();

    /**
     * The release's date ({@code date}).
     *
     * @return the value, not null
     */
    public abstract OffsetDateTime date();

    /**
     * The release's tags ({@code tag}).
     *
     * @return possibly empty; not null
     */
    public abstract List<String> tags();

    /**
     * The tender's id ({@code tender.id}).
     *
     * @return empty if not published; not null
     */
    public abstract Optional<TenderId> tenderId();

    /**
     * The tender, when the release holds the call for tenders ({@code tender} with its procurement method): its lots, items (CPV codes), award criteria, dates and status; the buyer is the contracting authority.
     *
     * @return empty if not published; not null
     */
    public abstract Optional<Tender> tender();

    /**
     * The bids ({@code bids.details}, bids extension).
     *
     * @return possibly empty; not null
     */
    public abstract List<Bid> bids();

    /**
     * The evaluation of each bid that has one (SDK extension).
     *
     * @return possibly empty; not null
     */
    public abstract List<PublishedEvaluation> evaluations();

    /**
     * The awards ({@code awards}).
     *
     * @return possibly empty; not null
     */
    public abstract List<PublishedAward> awards();

    /**
     * The contracts with their implementation ({@code contracts}).
     *
     * @return possibly empty; not null
     */
    public abstract List<PublishedContract> contracts();

    /**
     * The KPI measurements ({@code contracts[].implementation.metrics[].observations}, metrics extension), each under the metric's id as KPI id.
     *
     * @return possibly empty; not null
     */
    public abstract List<Measurement> measurements();

    /** Builds {@link ImportedRelease}. */
    public static final class Builder extends ImmutableImportedRelease.Builder {
        Builder() {
        }
    }
}
