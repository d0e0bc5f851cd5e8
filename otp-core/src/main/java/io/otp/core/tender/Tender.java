package io.otp.core.tender;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.classification.CpvCode;
import io.otp.core.id.LotId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.PersonId;
import io.otp.core.id.ProjectId;
import io.otp.core.id.TenderId;
import io.otp.core.lifecycle.IllegalTransitionException;
import io.otp.core.money.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A tender (expediente de contratación): what the administration buys, by which procedure, for how
 * much, split into lots each with its own award criteria.
 *
 * <p>Structural invariants, checked when the tender is built: at least one lot (a tender not
 * divided into lots has exactly one, LCSP art. 99.3); lot ids unique; at least one CPV code and none
 * repeated; all lots in the same currency; the estimated value (LCSP art. 101) positive. The rules
 * of the law that depend on thresholds in force (minor-contract limits, simplified procedures,
 * weight of value judgment, ...) are not invariants: they are checked by the SDK's validator, which
 * reports every violation at once.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@LegalTender
@JsonSerialize(as = ImmutableTender.class)
@JsonDeserialize(as = ImmutableTender.class)
public abstract class Tender implements Aggregate<TenderId> {

    Tender() {
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
     * The file number of the tender (número de expediente).
     *
     * @return the id, not null
     */
    public abstract TenderId id();

    /**
     * The object of the contract, as the title of the call.
     *
     * @return the title, not blank
     */
    public abstract String title();

    /**
     * The contracting authority (órgano de contratación).
     *
     * @return its id, not null
     */
    public abstract OrganisationId contractingAuthority();

    /**
     * The kind of contracting authority, which selects the EU threshold for supplies and services.
     * Defaults to {@link ContractingAuthorityKind#OTHER}.
     *
     * @return the kind, not null
     */
    @Value.Default
    public ContractingAuthorityKind authorityKind() {
        return ContractingAuthorityKind.OTHER;
    }

    /**
     * The project this tender serves.
     *
     * @return the project; empty if none
     */
    public abstract Optional<ProjectId> project();

    /**
     * Whether the contract is funded, wholly or in part, by the Recovery, Transformation and Resilience
     * Plan (PRTR, the Recovery and Resilience Facility of Reg. (EU) 2021/241), as the pliego states. It
     * decides the conflict-of-interest regime of the evaluation ({@link #conflictOfInterestRegime()}):
     * the PRTR declaration (DACI) of Orden HFP/1030/2021 and Orden HFP/55/2023, or LCSP art. 64.
     * Defaults to false; JSON written before this attribute existed reads as not PRTR-funded.
     *
     * @return true for a PRTR-funded tender
     */
    @Value.Default
    public boolean prtrFunded() {
        return false;
    }

    /**
     * The rule under which the evaluation committee declares the absence of conflicts of interest:
     * {@link ConflictOfInterestRegime#PRTR_DACI} for a PRTR-funded tender, otherwise
     * {@link ConflictOfInterestRegime#LCSP_64}.
     *
     * @return the regime, not null
     */
    public ConflictOfInterestRegime conflictOfInterestRegime() {
        return ConflictOfInterestRegime.of(this);
    }

    /**
     * The type of contract.
     *
     * @return the type, not null
     */
    public abstract ContractType contractType();

    /**
     * The characters of the services, each of which brings its own rules: a legal service is both a
     * service of LCSP Annex IV (its EU threshold is that of art. 22.1.c) and an intellectual service
     * (45 % value judgment in the simplified procedure, art. 159.1.b; no super-simplified procedure,
     * art. 159.6), and both need 51 % quality (art. 145.4). Empty, or {@link ServiceCharacter#ORDINARY}
     * alone, for ordinary services or a contract that is not of services; {@code ORDINARY} cannot be
     * combined with another character. Iterated in the enum's order.
     *
     * <p>In JSON the property is {@code serviceCharacters}, an array; a document written before
     * characters were a set, with {@code "serviceCharacter": "INTELLECTUAL"}, is read as the set of
     * that one character.
     *
     * @return an unmodifiable set, possibly empty; not null
     */
    @JsonAlias("serviceCharacter")
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
    public abstract Set<ServiceCharacter> serviceCharacters();

    /**
     * Tells whether the services have a character, e.g. {@code hasCharacter(ServiceCharacter.INTELLECTUAL)}.
     * {@link ServiceCharacter#ORDINARY} is had when no other character is.
     *
     * @param character the character; not null
     * @return true if the tender declares it (or, for {@code ORDINARY}, declares no other)
     */
    public boolean hasCharacter(ServiceCharacter character) {
        if (character == ServiceCharacter.ORDINARY) {
            return serviceCharacters().stream().allMatch(c -> c == ServiceCharacter.ORDINARY);
        }
        return serviceCharacters().contains(java.util.Objects.requireNonNull(character, "character"));
    }

    /**
     * The award procedure.
     *
     * @return the procedure, not null
     */
    public abstract ProcedureType procedure();

    /**
     * The estimated value of the contract (valor estimado, LCSP art. 101): VAT excluded, including
     * extensions and foreseen modifications. It decides the applicable thresholds.
     *
     * @return the value, positive
     */
    public abstract Money estimatedValue();

    /**
     * The CPV codes of the object of the contract; the first is the main one.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public abstract List<CpvCode> cpvCodes();

    /**
     * The lots, in order. A tender not divided into lots has one.
     *
     * @return an unmodifiable, non-empty list, not null
     */
    public abstract List<Lot> lots();

    /**
     * Why the contract is not divided into lots, required by LCSP art. 99.3 when there is one lot.
     *
     * @return the justification; empty if none was given
     */
    public abstract Optional<String> noDivisionJustification();

    /**
     * The experts of the committee that scores value-judgment criteria when they outweigh the
     * formula criteria (LCSP art. 146.2.a).
     *
     * @return an unmodifiable list, possibly empty; not null
     */
    public abstract List<PersonId> expertCommittee();

    /**
     * The key dates.
     *
     * @return the dates, not null; none by default
     */
    @Value.Default
    public KeyDates keyDates() {
        return KeyDates.none();
    }

    /**
     * Where the tender is in its lifecycle. Defaults to {@link TenderStatus#DRAFT}.
     *
     * @return the status, not null
     */
    @Value.Default
    public TenderStatus status() {
        return TenderStatus.DRAFT;
    }

    /**
     * The base budget, VAT excluded: the sum of the lots' budgets (LCSP art. 100).
     *
     * @return the amount, not null
     */
    public Money baseBudget() {
        Money total = Money.zero(lots().get(0).budget().currency());
        for (Lot lot : lots()) {
            total = total.plus(lot.budget());
        }
        return total;
    }

    /**
     * The base budget with VAT included: the sum of the lots' budgets with their VAT.
     *
     * @return the amount, not null
     */
    public Money baseBudgetWithVat() {
        Money total = Money.zero(lots().get(0).budget().currency());
        for (Lot lot : lots()) {
            total = total.plus(lot.budgetWithVat());
        }
        return total;
    }

    /**
     * Tells whether the tender is divided into more than one lot.
     *
     * @return true if it has two lots or more
     */
    public boolean isDividedIntoLots() {
        return lots().size() > 1;
    }

    /**
     * Finds a lot by id.
     *
     * @param id the id; not null
     * @return the lot; empty if there is none with that id
     */
    public Optional<Lot> lot(LotId id) {
        return lots().stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /**
     * Returns this tender in another status, if its lifecycle allows the move.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param next the status wanted; not null
     * @return the tender in the new status, not null
     * @throws IllegalTransitionException if the move is not allowed from the current status
     */
    public Tender moveTo(TenderStatus next) {
        IllegalTransitionException.check("tender " + id(), status(), next);
        return ((ImmutableTender) ImmutableTender.copyOf(this)).withStatus(next);
    }

    /**
     * Returns this tender with other key dates.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param dates the dates; not null
     * @return the tender with the dates, not null
     */
    public Tender withKeyDates(KeyDates dates) {
        return ((ImmutableTender) ImmutableTender.copyOf(this)).withKeyDates(dates);
    }

    /**
     * The values a tender is found by: {@code status}, {@code tender} (its own id),
     * {@code organisation} (the contracting authority), {@code project} when linked and {@code date}
     * (the publication date, once known).
     *
     * @return an unmodifiable map sorted by name; not null
     */
    @Override
    public SortedMap<String, String> queryValues() {
        SortedMap<String, String> q = new TreeMap<>();
        q.put(STATUS, status().name());
        q.put(TENDER, id().value());
        q.put(ORGANISATION, contractingAuthority().value());
        project().ifPresent(p -> q.put(PROJECT, p.value()));
        keyDates().publication().ifPresent(d -> q.put(DATE, d.toString()));
        return Collections.unmodifiableSortedMap(q);
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        if (title().isBlank()) {
            v.add(Violation.of("title", "OTP-TENDER-TITLE", "io.otp.core.tender.title", "tender", id()));
        }
        if (lots().isEmpty()) {
            v.add(Violation.of("lots", "LCSP-99", "io.otp.core.tender.noLots", "tender", id()));
        }
        if (cpvCodes().isEmpty()) {
            v.add(Violation.of("cpvCodes", "LCSP-2.4", "io.otp.core.tender.noCpv", "tender", id()));
        }
        if (!estimatedValue().isPositive()) {
            v.add(Violation.of("estimatedValue", "LCSP-101", "io.otp.core.tender.estimatedValue",
                "value", estimatedValue()));
        }
        Set<LotId> lotIds = new HashSet<>();
        for (int i = 0; i < lots().size(); i++) {
            Lot lot = lots().get(i);
            if (!lotIds.add(lot.id())) {
                v.add(Violation.of("lots[" + i + "].id", "OTP-UNIQUE-ID", "io.otp.core.tender.duplicateId",
                    "scope", "tender " + id(), "kind", "lot", "id", lot.id()));
            }
            if (!lot.budget().currency().equals(estimatedValue().currency())) {
                v.add(Violation.of("lots[" + i + "].budget", "OTP-MONEY-CURRENCY",
                    "io.otp.core.money.currency", "left", estimatedValue().currency(),
                    "right", lot.budget().currency()));
            }
        }
        Set<CpvCode> cpv = new HashSet<>();
        for (int i = 0; i < cpvCodes().size(); i++) {
            if (!cpv.add(cpvCodes().get(i))) {
                v.add(Violation.of("cpvCodes[" + i + "]", "OTP-UNIQUE-CPV", "io.otp.core.tender.duplicateCpv",
                    "value", cpvCodes().get(i)));
            }
        }
        if (serviceCharacters().contains(ServiceCharacter.ORDINARY) && serviceCharacters().size() > 1) {
            v.add(Violation.of("serviceCharacters", "OTP-SERVICE-CHARACTER", "io.otp.core.tender.serviceCharacters",
                "tender", id(), "value", serviceCharacters()));
        }
        Set<PersonId> experts = new HashSet<>();
        for (int i = 0; i < expertCommittee().size(); i++) {
            if (!experts.add(expertCommittee().get(i))) {
                v.add(Violation.of("expertCommittee[" + i + "]", "OTP-UNIQUE-ID",
                    "io.otp.core.tender.duplicateId", "scope", "tender " + id(), "kind", "expert",
                    "id", expertCommittee().get(i)));
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link Tender}s; each attribute may be set once. */
    public static final class Builder extends ImmutableTender.Builder {
        Builder() {
        }

        /**
         * Adds a character of the services; kept for code written when a tender had one character.
         * {@code serviceCharacter(ServiceCharacter.ORDINARY)} adds nothing, ordinary being the
         * absence of any other character.
         *
         * @param character the character; not null
         * @return this builder, not null
         */
        public Builder serviceCharacter(ServiceCharacter character) {
            if (character == null) {
                throw new io.otp.core.NullValueException("serviceCharacter");
            }
            if (character != ServiceCharacter.ORDINARY) {
                addServiceCharacters(character);
            }
            return this;
        }
    }
}
