package io.otp.core.rules;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.classification.spi.Catalogues;
import io.otp.core.party.Organisation;
import io.otp.core.tender.Bid;
import io.otp.core.tender.Tender;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks tenders, and bids against their tender, with the rules of Spanish public procurement law
 * that depend on context ({@link ProcurementRules}), reporting every violation at once.
 *
 * <p>The thresholds applied are those in force on the tender's publication date when it has one
 * (the law in force when the call is published governs the procedure), otherwise on a reference
 * date: the one given, or today's date in Europe/Madrid. When the {@link ThresholdTable} has no
 * period for that day, the validator reports a violation {@value ProcurementRules#THRESHOLDS_IN_FORCE}
 * (at {@code keyDates.publication}, or at the root when the day is the reference date) and still
 * applies the rules that need no thresholds (LCSP arts. 99.3 and 101, and the bid rules).
 *
 * <pre>{@code
 * List<Violation> found = OtpValidator.standard().validate(tender);
 * OtpValidator.standard().check(tender, bids);   // throws ValidationException listing all of them
 * }</pre>
 *
 * <p><b>Official lists.</b> The validator consults the classification {@link Catalogues} it holds:
 * by default those found with {@link java.util.ServiceLoader} ({@link Catalogues#discovered()}), which
 * is the SDK's {@code otp-codelists} module when it is on the class path or module path;
 * {@link #withCatalogues(Catalogues)} injects others, {@code Catalogues.none()} included. With a CPV
 * catalogue it reports unknown CPV codes of the tender and its lots
 * ({@value ProcurementRules#CPV_UNKNOWN}) and services of LCSP Annex IV not declared as such
 * ({@value ProcurementRules#ANNEX_IV}); with a NUTS catalogue, unknown NUTS codes of organisations
 * ({@value ProcurementRules#NUTS_UNKNOWN}, {@link #validate(Organisation)}). Without catalogues codes
 * are checked for their format and check digit only. The first question to a catalogue may load its
 * list (for {@code otp-codelists}, well under a second, once per process).
 *
 * <p>The same rules run through Jakarta Bean Validation: {@code Tender} carries the class-level
 * constraint {@code @LegalTender}, validated by {@link LegalTenderValidator}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OtpValidator {

    /** The time zone of the reference date when none is given: Spain's mainland time. */
    public static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private final ThresholdTable thresholds;
    private final Clock clock;
    private final Catalogues catalogues;

    private OtpValidator(ThresholdTable thresholds, Clock clock, Catalogues catalogues) {
        this.thresholds = thresholds;
        this.clock = clock;
        this.catalogues = catalogues;
    }

    /**
     * A validator with the SDK's default thresholds ({@link ThresholdTable#defaults()}) whose
     * reference date is today's date in Europe/Madrid, consulting the catalogues found with
     * {@link java.util.ServiceLoader} ({@link Catalogues#discovered()}).
     *
     * @return the validator, not null
     */
    public static OtpValidator standard() {
        return withThresholds(ThresholdTable.defaults());
    }

    /**
     * A validator with the given thresholds whose reference date is today's date in Europe/Madrid,
     * consulting the catalogues found with {@link java.util.ServiceLoader} ({@link Catalogues#discovered()}).
     *
     * @param thresholds the thresholds over time; not null
     * @return the validator, not null
     */
    public static OtpValidator withThresholds(ThresholdTable thresholds) {
        Objects.requireNonNull(thresholds, "thresholds");
        return new OtpValidator(thresholds, Clock.system(MADRID), Catalogues.discovered());
    }

    /**
     * Returns a validator that takes the reference date from a clock, the day in the clock's zone.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param clock the clock; not null
     * @return the validator, not null
     */
    public OtpValidator withClock(Clock clock) {
        return new OtpValidator(thresholds, Objects.requireNonNull(clock, "clock"), catalogues);
    }

    /**
     * Returns a validator that consults the given classification catalogues instead of the ones it
     * has; {@code withCatalogues(Catalogues.none())} checks codes for their format only.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param catalogues the catalogues; not null
     * @return the validator, not null
     */
    public OtpValidator withCatalogues(Catalogues catalogues) {
        return new OtpValidator(thresholds, clock, Objects.requireNonNull(catalogues, "catalogues"));
    }

    /**
     * The classification catalogues this validator consults.
     *
     * @return the catalogues; {@link Catalogues#none()} when it checks the format of codes only; not null
     */
    public Catalogues catalogues() {
        return catalogues;
    }

    /**
     * The thresholds this validator applies.
     *
     * @return the table, not null
     */
    public ThresholdTable thresholds() {
        return thresholds;
    }

    /**
     * The day whose thresholds apply to a tender: its publication date if it has one, else the
     * reference date.
     *
     * @param tender the tender; not null
     * @param referenceDate the day to use for an unpublished tender; not null
     * @return the day, not null
     */
    public LocalDate thresholdDate(Tender tender, LocalDate referenceDate) {
        Objects.requireNonNull(tender, "tender");
        Objects.requireNonNull(referenceDate, "referenceDate");
        return tender.keyDates().publication().orElse(referenceDate);
    }

    /**
     * Checks a tender; the reference date is today's date on this validator's clock.
     *
     * @param tender the tender; not null
     * @return every violation found, in a stable order; empty when the tender is valid; not null
     */
    public List<Violation> validate(Tender tender) {
        return validate(tender, LocalDate.now(clock));
    }

    /**
     * Checks a tender with the thresholds in force on its publication date, or on the given date
     * when it is not published.
     *
     * @param tender the tender; not null
     * @param referenceDate the day for an unpublished tender; not null
     * @return every violation found, in a stable order; empty when the tender is valid; not null
     */
    public List<Violation> validate(Tender tender, LocalDate referenceDate) {
        LocalDate day = thresholdDate(tender, referenceDate);
        Optional<LegalThresholds> inForce = thresholds.find(day);
        List<Violation> v = new ArrayList<>();
        if (inForce.isEmpty()) {
            v.add(thresholds.missing(tender.keyDates().publication().isPresent() ? "keyDates.publication" : "", day));
        }
        v.addAll(ProcurementRules.check(tender, inForce.orElse(null), catalogues));
        return List.copyOf(v);
    }

    /**
     * Checks an organisation against the official lists: its NUTS code exists
     * ({@value ProcurementRules#NUTS_UNKNOWN}) when this validator has a NUTS catalogue.
     *
     * @param organisation the organisation; not null
     * @return every violation found; empty when the organisation is valid or there is no NUTS
     *     catalogue; not null
     */
    public List<Violation> validate(Organisation organisation) {
        return List.copyOf(ProcurementRules.organisationViolations(organisation, catalogues));
    }

    /**
     * Checks a tender and the bids received for it; the reference date is today's date on this
     * validator's clock.
     *
     * @param tender the tender; not null
     * @param bids the bids; not null, no null element
     * @return every violation of the tender, then every violation of the bids (paths
     *     {@code bids[i]...}); empty when all are valid; not null
     */
    public List<Violation> validate(Tender tender, Collection<Bid> bids) {
        return validate(tender, bids, LocalDate.now(clock));
    }

    /**
     * Checks a tender and the bids received for it with the thresholds in force on its publication
     * date, or on the given date when it is not published.
     *
     * @param tender the tender; not null
     * @param bids the bids; not null, no null element
     * @param referenceDate the day for an unpublished tender; not null
     * @return every violation of the tender, then every violation of the bids; empty when all are
     *     valid; not null
     */
    public List<Violation> validate(Tender tender, Collection<Bid> bids, LocalDate referenceDate) {
        List<Violation> v = new ArrayList<>(validate(tender, referenceDate));
        v.addAll(ProcurementRules.bidViolations(tender, bids));
        return List.copyOf(v);
    }

    /**
     * Checks a tender and throws if it breaks any rule; the reference date is today's date on this
     * validator's clock.
     *
     * @param tender the tender; not null
     * @throws ValidationException listing every violation, if there is any
     */
    public void check(Tender tender) {
        throwIfAny(validate(tender));
    }

    /**
     * Checks a tender and throws if it breaks any rule.
     *
     * @param tender the tender; not null
     * @param referenceDate the day for an unpublished tender; not null
     * @throws ValidationException listing every violation, if there is any
     */
    public void check(Tender tender, LocalDate referenceDate) {
        throwIfAny(validate(tender, referenceDate));
    }

    /**
     * Checks a tender and its bids and throws if any rule is broken; the reference date is today's
     * date on this validator's clock.
     *
     * @param tender the tender; not null
     * @param bids the bids; not null, no null element
     * @throws ValidationException listing every violation, if there is any
     */
    public void check(Tender tender, Collection<Bid> bids) {
        throwIfAny(validate(tender, bids));
    }

    /**
     * Checks a tender and its bids and throws if any rule is broken.
     *
     * @param tender the tender; not null
     * @param bids the bids; not null, no null element
     * @param referenceDate the day for an unpublished tender; not null
     * @throws ValidationException listing every violation, if there is any
     */
    public void check(Tender tender, Collection<Bid> bids, LocalDate referenceDate) {
        throwIfAny(validate(tender, bids, referenceDate));
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /**
     * Describes the validator, e.g.
     * {@code OtpValidator[ThresholdTable[...], clock Europe/Madrid, Catalogues[cpv: format only; nuts: format only]]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "OtpValidator[" + thresholds + ", clock " + clock.getZone() + ", " + catalogues + "]";
    }
}
