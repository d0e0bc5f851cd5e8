package io.otp.core.testing;

import io.otp.core.agreement.Agreement;
import io.otp.core.agreement.AgreementParty;
import io.otp.core.agreement.AgreementStatus;
import io.otp.core.agreement.CommissionMember;
import io.otp.core.agreement.ReusedSolution;
import io.otp.core.id.AgreementId;
import io.otp.core.id.PersonId;
import io.otp.core.id.ProjectId;
import io.otp.core.money.Money;
import io.otp.core.party.Dir3Code;
import io.otp.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * Generators of valid agreements between administrations ({@code io.otp.core.agreement}), built
 * through the public builders; each value is drawn from a seeded {@link Random} (see
 * {@link ExecutionGenerators#seeded}) because the parties' contributions make up the total and the
 * commission represents the parties.
 */
public final class AgreementGenerators {

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);

    private static final List<String> NAMES = List.of("Ayuntamiento de Madrid", "Comunidad de Madrid",
        "Ministerio para la Transformación Digital", "Diputación de Cádiz", "Generalitat Valenciana",
        "Junta de Andalucía", "Cabildo de Tenerife");

    private static final List<String> SOLUTIONS = List.of("Cl@ve", "Notific@", "GEISER", "Inside", "@firma");

    private AgreementGenerators() {
    }

    /**
     * Agreements in any status with two to five parties whose contributions add up to the total,
     * a term of one day to four years, sometimes extended, and zero to three projects and solutions.
     *
     * @return the generator, not null
     */
    public static Gen<Agreement> agreements() {
        return ExecutionGenerators.seeded(AgreementGenerators::agreement);
    }

    /**
     * Parties with a contribution of 0 to 99,999.99 euros.
     *
     * @return the generator, not null
     */
    public static Gen<AgreementParty> parties() {
        return ExecutionGenerators.seeded(r -> party(r, r.nextInt(1000)));
    }

    /**
     * Commission members.
     *
     * @return the generator, not null
     */
    public static Gen<CommissionMember> members() {
        return ExecutionGenerators.seeded(r -> CommissionMember.builder()
            .person(PersonId.of("persona-" + r.nextInt(1000))).represents(code(r.nextInt(1000))).build());
    }

    /**
     * Reused solutions.
     *
     * @return the generator, not null
     */
    public static Gen<ReusedSolution> solutions() {
        return ExecutionGenerators.seeded(AgreementGenerators::solution);
    }

    /**
     * A valid agreement drawn from a random source.
     *
     * @param r the source; not null
     * @return the agreement, not null
     */
    public static Agreement agreement(Random r) {
        LocalDate start = FROM.plusDays(r.nextInt(3000));
        LocalDate end = start.plusDays(r.nextInt((int) (Agreement.maxEnd(start).toEpochDay() - start.toEpochDay() + 1)));
        Agreement.Builder b = Agreement.builder().id(AgreementId.of("CONV-" + r.nextInt(1000)))
            .object("colaboración en la administración electrónica " + r.nextInt(100))
            .term(DateRange.of(start, end))
            .status(AgreementStatus.values()[r.nextInt(AgreementStatus.values().length)]);
        if (r.nextInt(3) == 0) {
            LocalDate next = end.plusDays(1);
            b.extendedUntil(next.plusDays(r.nextInt((int) (Agreement.maxEnd(next).toEpochDay() - next.toEpochDay() + 1))));
        }
        int parties = 2 + r.nextInt(4);
        int firstCode = r.nextInt(1000);
        Money total = Money.euros(0);
        for (int i = 0; i < parties; i++) {
            AgreementParty p = party(r, firstCode + i);
            total = total.plus(p.contribution());
            b.addParties(p);
            int members = 1 + r.nextInt(2);
            for (int m = 0; m < members; m++) {
                b.addCommission(CommissionMember.builder().person(PersonId.of("persona-" + i + "-" + m))
                    .represents(p.code()).build());
            }
        }
        b.total(total);
        int projects = r.nextInt(4);
        for (int i = 0; i < projects; i++) {
            b.addProjects(ProjectId.of("P-" + r.nextInt(1000) + "-" + i));
        }
        int solutions = r.nextInt(4);
        for (int i = 0; i < solutions; i++) {
            b.addReusedSolutions(solution(r));
        }
        return b.build();
    }

    private static AgreementParty party(Random r, int n) {
        return AgreementParty.builder().code(code(n)).name(NAMES.get(r.nextInt(NAMES.size())))
            .contribution(Money.euros(BigDecimal.valueOf(r.nextInt(10_000_000), 2))).build();
    }

    private static Dir3Code code(int n) {
        return Dir3Code.of(String.format("L01%06d", n));
    }

    private static ReusedSolution solution(Random r) {
        String name = SOLUTIONS.get(r.nextInt(SOLUTIONS.size()));
        return ReusedSolution.builder().name(name)
            .reference("https://administracionelectronica.gob.es/ctt/" + name.toLowerCase(Locale.ROOT))
            .build();
    }
}
