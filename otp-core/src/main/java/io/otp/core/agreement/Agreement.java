package io.otp.core.agreement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.AgreementId;
import io.otp.core.id.PersonId;
import io.otp.core.id.ProjectId;
import io.otp.core.lifecycle.IllegalTransitionException;
import io.otp.core.money.Money;
import io.otp.core.party.Dir3Code;
import io.otp.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * An agreement between administrations (convenio, LRJSP arts. 47-53) to collaborate on shared
 * projects: its object, its parties identified by DIR3 code, its term, what each party contributes,
 * its follow-up commission, the projects it funds and the solutions it reuses.
 *
 * <p>Structural rules, all reported together, each naming its field:
 * <ul>
 *   <li>the object and the names of parties and reused solutions are not blank
 *       ({@code OTP-AGREEMENT-TEXT});</li>
 *   <li>there are at least two parties, none listed twice ({@code OTP-AGREEMENT-PARTIES});</li>
 *   <li>the total and every contribution are not negative and in the total's currency, and the
 *       contributions add up exactly to the total ({@code OTP-AGREEMENT-CONTRIBUTIONS}; LRJSP art.
 *       49.d);</li>
 *   <li>the term lasts at most four years, and an extension ends after the term and at most four
 *       more years after it ({@code LRJSP-49.h}). The longer terms another law may allow (LRJSP
 *       art. 49.h.1) are not modelled;</li>
 *   <li>every member of the follow-up commission represents a party, no person sits twice and every
 *       party is represented ({@code LRJSP-49.f}).</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgreement.class)
@JsonDeserialize(as = ImmutableAgreement.class)
public abstract class Agreement implements Aggregate<AgreementId> {

    /** The longest term and the longest extension, in years (LRJSP art. 49.h). */
    public static final int MAX_YEARS = 4;

    Agreement() {
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
     * The agreement's identifier.
     *
     * @return the id, not null
     */
    public abstract AgreementId id();

    /**
     * The object of the agreement (LRJSP art. 49.c).
     *
     * @return the text, not blank; not null
     */
    public abstract String object();

    /**
     * The parties (LRJSP art. 49.a), each with its contribution.
     *
     * @return an unmodifiable list of at least two parties with distinct codes; not null
     */
    public abstract List<AgreementParty> parties();

    /**
     * The term: the first and the last day the agreement is in force, before any extension.
     *
     * @return the term, at most four years long; not null
     */
    public abstract DateRange term();

    /**
     * The last day of the extension the parties agreed unanimously (LRJSP art. 49.h.2).
     *
     * @return the day, after the end of the term and at most four years after it; empty when not
     *     extended; not null
     */
    public abstract Optional<LocalDate> extendedUntil();

    /**
     * The agreement's total funding, which the parties' contributions add up to exactly.
     *
     * @return the amount, not negative; not null
     */
    public abstract Money total();

    /**
     * The follow-up commission (LRJSP art. 49.f).
     *
     * @return an unmodifiable list representing every party; not null
     */
    public abstract List<CommissionMember> commission();

    /**
     * The shared projects the agreement covers.
     *
     * @return an unmodifiable list, possibly empty; not null
     */
    public abstract List<ProjectId> projects();

    /**
     * The solutions reused, e.g. from the CTT.
     *
     * @return an unmodifiable list, possibly empty; not null
     */
    public abstract List<ReusedSolution> reusedSolutions();

    /**
     * The agreement's status.
     *
     * @return the status, {@code DRAFT} unless set; not null
     */
    @Value.Default
    public AgreementStatus status() {
        return AgreementStatus.DRAFT;
    }

    /**
     * The last day in force: the end of the extension, or of the term when not extended.
     *
     * @return the day, not null
     */
    public LocalDate lastDay() {
        return extendedUntil().orElse(term().end());
    }

    /**
     * Finds a party.
     *
     * @param code the party's DIR3 code; not null
     * @return the party, empty if the agreement has none with that code; not null
     * @throws ValidationException if {@code code} is null
     */
    public Optional<AgreementParty> party(Dir3Code code) {
        if (code == null) {
            throw new NullValueException("code");
        }
        return parties().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /**
     * The values an agreement is found by: {@code status} and {@code date} (the start of its term).
     *
     * @return an unmodifiable map sorted by name; not null
     */
    @Override
    public SortedMap<String, String> queryValues() {
        SortedMap<String, String> q = new TreeMap<>();
        q.put(STATUS, status().name());
        q.put(DATE, term().start().toString());
        return Collections.unmodifiableSortedMap(q);
    }

    /**
     * A copy in another status, following {@link AgreementStatus}.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param next the new status; not null
     * @return the agreement in the new status, not null
     * @throws IllegalTransitionException if the lifecycle does not allow the move
     * @throws ValidationException if {@code next} is null
     */
    public Agreement moveTo(AgreementStatus next) {
        if (next == null) {
            throw new NullValueException("next");
        }
        IllegalTransitionException.check("agreement " + id(), status(), next);
        return ((ImmutableAgreement) ImmutableAgreement.copyOf(this)).withStatus(next);
    }

    /**
     * The last day a term starting on a day may last to: four years less a day (LRJSP art. 49.h).
     *
     * @param start the first day; not null
     * @return the last allowed day, not null
     */
    public static LocalDate maxEnd(LocalDate start) {
        return start.plusYears(MAX_YEARS).minusDays(1);
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        blank(v, "object", object());
        if (parties().size() < 2) {
            v.add(Violation.of("parties", "OTP-AGREEMENT-PARTIES", "io.otp.core.agreement.parties.tooFew",
                "agreement", id(), "value", parties().size()));
        }
        Map<Dir3Code, Integer> first = new HashMap<>();
        for (int i = 0; i < parties().size(); i++) {
            AgreementParty p = parties().get(i);
            Integer earlier = first.putIfAbsent(p.code(), i);
            if (earlier != null) {
                v.add(Violation.of("parties[" + i + "].code", "OTP-AGREEMENT-PARTIES",
                    "io.otp.core.agreement.party.duplicate", "agreement", id(), "value", p.code(),
                    "first", earlier));
            }
            blank(v, "parties[" + i + "].name", p.name());
        }
        checkMoney(v);
        checkTerm(v);
        checkCommission(v, first.keySet());
        for (int i = 0; i < reusedSolutions().size(); i++) {
            blank(v, "reusedSolutions[" + i + "].name", reusedSolutions().get(i).name());
            blank(v, "reusedSolutions[" + i + "].reference", reusedSolutions().get(i).reference());
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    private void blank(List<Violation> v, String path, String text) {
        if (text.isBlank()) {
            v.add(Violation.of(path, "OTP-AGREEMENT-TEXT", "io.otp.core.agreement.text.blank",
                "agreement", id(), "field", path));
        }
    }

    private void checkMoney(List<Violation> v) {
        boolean summable = true;
        if (total().isNegative()) {
            v.add(Violation.of("total", "OTP-AGREEMENT-CONTRIBUTIONS", "io.otp.core.agreement.total.negative",
                "agreement", id(), "value", total()));
            summable = false;
        }
        Money sum = Money.zero(total().currency());
        for (int i = 0; i < parties().size(); i++) {
            AgreementParty p = parties().get(i);
            String path = "parties[" + i + "].contribution";
            if (!p.contribution().currency().equals(total().currency())) {
                v.add(Violation.of(path, "OTP-AGREEMENT-CONTRIBUTIONS", "io.otp.core.agreement.contribution.currency",
                    "agreement", id(), "party", p.code(), "value", p.contribution(), "currency", total().currency()));
                summable = false;
            } else {
                if (p.contribution().isNegative()) {
                    v.add(Violation.of(path, "OTP-AGREEMENT-CONTRIBUTIONS",
                        "io.otp.core.agreement.contribution.negative", "agreement", id(), "party", p.code(),
                        "value", p.contribution()));
                    summable = false;
                }
                sum = sum.plus(p.contribution());
            }
        }
        if (summable && !sum.equals(total())) {
            v.add(Violation.of("parties", "OTP-AGREEMENT-CONTRIBUTIONS", "io.otp.core.agreement.contributions.sum",
                "agreement", id(), "sum", sum, "total", total()));
        }
    }

    private void checkTerm(List<Violation> v) {
        LocalDate max = maxEnd(term().start());
        if (term().end().isAfter(max)) {
            v.add(Violation.of("term", "LRJSP-49.h", "io.otp.core.agreement.term.tooLong",
                "agreement", id(), "value", term(), "max", max));
        }
        if (extendedUntil().isPresent()) {
            LocalDate until = extendedUntil().get();
            LocalDate maxExtension = maxEnd(term().end().plusDays(1));
            if (!until.isAfter(term().end())) {
                v.add(Violation.of("extendedUntil", "LRJSP-49.h", "io.otp.core.agreement.extension.order",
                    "agreement", id(), "value", until, "end", term().end()));
            } else if (until.isAfter(maxExtension)) {
                v.add(Violation.of("extendedUntil", "LRJSP-49.h", "io.otp.core.agreement.extension.tooLong",
                    "agreement", id(), "value", until, "max", maxExtension));
            }
        }
    }

    private void checkCommission(List<Violation> v, Set<Dir3Code> parties) {
        Set<Dir3Code> represented = new HashSet<>();
        Set<PersonId> seen = new HashSet<>();
        for (int i = 0; i < commission().size(); i++) {
            CommissionMember m = commission().get(i);
            if (!seen.add(m.person())) {
                v.add(Violation.of("commission[" + i + "].person", "LRJSP-49.f",
                    "io.otp.core.agreement.commission.duplicate", "agreement", id(), "value", m.person()));
            }
            if (parties.contains(m.represents())) {
                represented.add(m.represents());
            } else {
                v.add(Violation.of("commission[" + i + "].represents", "LRJSP-49.f",
                    "io.otp.core.agreement.commission.unknownParty", "agreement", id(), "person", m.person(),
                    "value", m.represents()));
            }
        }
        for (AgreementParty p : parties()) {
            if (represented.add(p.code())) {
                v.add(Violation.of("commission", "LRJSP-49.f", "io.otp.core.agreement.commission.unrepresented",
                    "agreement", id(), "value", p.code()));
            }
        }
    }

    /** Builds {@link Agreement}s; each attribute may be set once. */
    public static final class Builder extends ImmutableAgreement.Builder {
        Builder() {
        }
    }
}
