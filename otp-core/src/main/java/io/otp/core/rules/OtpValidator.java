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
import java.util.stream.Collectors;

/**
 * Checks tenders, and bids against their tender, with the rules of Spanish public procurement law
 * that depend on context ({@link ProcurementRules}), reporting every violation at once.
 *
 * <p>The thresholds applied are those in force on the tender's publication date when it has one
 * (the law in force when the call is published governs the procedure), otherwise on a reference
 * date: the one given, or today's date in Europe/Madrid on the validator's clock
 * ({@link #withClock(Clock)}). When the {@link ThresholdTable} has no period for that day:
 * <ul>
 *   <li>if a period ended before it (the day is after the last known period, or in a gap), the
 *       validator applies the latest such period and reports a <em>warning</em>
 *       {@value ProcurementRules#THRESHOLDS_IN_FORCE} naming the day and the period applied: the EU
 *       revises the thresholds every two years, and a tender does not become invalid because the
 *       SDK's data is older than the day; a host adds the new period as data
 *       ({@link ThresholdProvider}, {@value ThresholdTable#HOST_RESOURCE});</li>
 *   <li>if the day is before every known period, it reports an <em>error</em>
 *       {@value ProcurementRules#THRESHOLDS_IN_FORCE}: the SDK does not know the law of that time, and
 *       applies only the rules that need no thresholds (LCSP arts. 99.3 and 101, and the bid rules).</li>
 * </ul>
 * The violation is at {@code keyDates.publication}, or at the root when the day is the reference date.
 * Only errors make a tender invalid: {@link #check(Tender)} throws for errors only, and
 * {@link #validate(Tender)} returns errors and warnings ({@link Violation#isError()} tells them apart).
 *
 * <p>{@link #assess(Tender)} returns the whole result as a {@link TenderValidation}: the violations,
 * the day and period of the thresholds applied, and whether the tender is subject to harmonised
 * regulation with what follows from it ({@link SaraAssessment}, see {@link HarmonisedRegulation}).
 *
 * <pre>{@code
 * List<Violation> found = OtpValidator.standard().validate(tender);
 * OtpValidator.standard().check(tender, bids);   // throws ValidationException listing all of them
 * }</pre>
 *
 * <p><b>Official lists.</b> The validator consults the classification {@link Catalogues} it holds:
 * by default those found with {@link java.util.ServiceLoader} ({@link Catalogues#standard()}), which
 * is the SDK's {@code otp-codelists} module when it is on the class path or module path;
 * {@link #withCatalogues(Catalogues)} injects others, {@code Catalogues.builtIns()} included. With a CPV
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
     * A validator with the SDK's thresholds and those hosts add ({@link ThresholdTable#standard()}:
     * {@link ThresholdProvider} services and {@value ThresholdTable#HOST_RESOURCE} resources), whose
     * reference date is today's date in Europe/Madrid, consulting the catalogues found with
     * {@link java.util.ServiceLoader} ({@link Catalogues#standard()}).
     *
     * @return the validator, not null
     * @throws ValidationException if a host's table is malformed or two host tables share a day
     */
    public static OtpValidator standard() {
        return withThresholds(ThresholdTable.standard());
    }

    /**
     * A validator with the given thresholds whose reference date is today's date in Europe/Madrid,
     * consulting the catalogues found with {@link java.util.ServiceLoader} ({@link Catalogues#standard()}).
     *
     * @param thresholds the thresholds over time; not null
     * @return the validator, not null
     */
    public static OtpValidator withThresholds(ThresholdTable thresholds) {
        Objects.requireNonNull(thresholds, "thresholds");
        return new OtpValidator(thresholds, Clock.system(MADRID), Catalogues.standard());
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
     * has; {@code withCatalogues(Catalogues.builtIns())} checks codes for their format only.
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
     * @return the catalogues; {@link Catalogues#builtIns()} when it checks the format of codes only; not null
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
     * The reference date this validator uses for an unpublished tender: today on its clock.
     *
     * @return the day in the clock's zone, not null
     */
    public LocalDate referenceDate() {
        return LocalDate.now(clock);
    }

    /**
     * Checks a tender; the reference date is today's date on this validator's clock.
     *
     * @param tender the tender; not null
     * @return every violation found, errors and warnings, in a stable order; the tender is valid when
     *     none is an error ({@link Violation#isError()}); not null
     */
    public List<Violation> validate(Tender tender) {
        return validate(tender, referenceDate());
    }

    /**
     * Checks a tender with the thresholds in force on its publication date, or on the given date
     * when it is not published.
     *
     * @param tender the tender; not null
     * @param referenceDate the day for an unpublished tender; not null
     * @return every violation found, errors and warnings, in a stable order; the tender is valid when
     *     none is an error; not null
     */
    public List<Violation> validate(Tender tender, LocalDate referenceDate) {
        return assess(tender, referenceDate).violations();
    }

    /**
     * Checks a tender and assesses its harmonised regulation; the reference date is today's date on
     * this validator's clock.
     *
     * @param tender the tender; not null
     * @return the violations, the thresholds applied and the assessment of harmonised regulation; not null
     */
    public TenderValidation assess(Tender tender) {
        return assess(tender, referenceDate());
    }

    /**
     * Checks a tender with the thresholds in force on its publication date, or on the given date when
     * it is not published, and assesses its harmonised regulation with the same thresholds
     * ({@link HarmonisedRegulation#assess(Tender, LegalThresholds)}).
     *
     * @param tender the tender; not null
     * @param referenceDate the day for an unpublished tender; not null
     * @return the violations, the thresholds applied and the assessment of harmonised regulation; not null
     */
    public TenderValidation assess(Tender tender, LocalDate referenceDate) {
        LocalDate day = thresholdDate(tender, referenceDate);
        String path = tender.keyDates().publication().isPresent() ? "keyDates.publication" : "";
        Optional<LegalThresholds> inForce = thresholds.find(day);
        boolean latest = false;
        List<Violation> v = new ArrayList<>();
        if (inForce.isEmpty()) {
            inForce = thresholds.latestEndedBefore(day);
            if (inForce.isPresent()) {
                latest = true;
                v.add(thresholds.latestApplied(path, day, inForce.get()));
            } else {
                v.add(thresholds.missing(path, day));
            }
        }
        v.addAll(ProcurementRules.check(tender, inForce.orElse(null), catalogues));
        Optional<SaraAssessment> sara = inForce
            .filter(th -> th.euWorksAndConcessionsThreshold().currency().equals(tender.estimatedValue().currency()))
            .map(th -> HarmonisedRegulation.assess(tender, th));
        return TenderValidation.builder().tender(tender.id()).thresholdDate(day)
            .thresholdPeriod(inForce.map(LegalThresholds::validity)).latestKnownThresholds(latest)
            .addAllViolations(v).harmonisedRegulation(sara).build();
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
     * @throws ValidationException listing every error, if there is any (warnings do not throw)
     */
    public void check(Tender tender) {
        throwIfAny(validate(tender));
    }

    /**
     * Checks a tender and throws if it breaks any rule.
     *
     * @param tender the tender; not null
     * @param referenceDate the day for an unpublished tender; not null
     * @throws ValidationException listing every error, if there is any (warnings do not throw)
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
     * @throws ValidationException listing every error, if there is any (warnings do not throw)
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
     * @throws ValidationException listing every error, if there is any (warnings do not throw)
     */
    public void check(Tender tender, Collection<Bid> bids, LocalDate referenceDate) {
        throwIfAny(validate(tender, bids, referenceDate));
    }

    private static void throwIfAny(List<Violation> violations) {
        List<Violation> errors = violations.stream().filter(Violation::isError).collect(Collectors.toList());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
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
