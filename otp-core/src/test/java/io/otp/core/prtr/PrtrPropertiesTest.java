package io.otp.core.prtr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.Violation;
import io.otp.core.id.PersonId;
import io.otp.core.testing.ExecutionGenerators;
import io.otp.core.testing.PrtrGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrtrPropertiesTest {

    @Test
    void aFileMeetingEveryObligationHasNoViolations() {
        qt().forAll(PrtrGenerators.compliantCases()).checkAssert(c -> {
            assertThat(PrtrChecks.check(c.file(), c.participants(), Optional.of(c.plan()))).isEmpty();
            assertThat(PrtrChecks.check(c.file(), c.participants(), Optional.empty())).isEmpty();
            assertThat(c.file().dnsh().orElseThrow().isCompliant()).isTrue();
        });
    }

    /** A compliant case and the participant whose declarations are removed. */
    private record Removal(PrtrGenerators.Compliant compliant, PersonId removed) {
    }

    @Test
    void removingOneParticipantsDeclarationYieldsExactlyOneViolationNamingThem() {
        qt().forAll(ExecutionGenerators.seeded(r -> {
            PrtrGenerators.Compliant c = PrtrGenerators.compliant(r);
            List<PersonId> people = new ArrayList<>(c.participants());
            return new Removal(c, people.get(r.nextInt(people.size())));
        })).checkAssert(x -> {
            PrtrFile file = x.compliant().file();
            PrtrFile.Builder b = PrtrFile.builder().id(file.id()).project(file.project()).programme(file.programme())
                .addAllTags(file.tags()).dnsh(file.dnsh()).antiFraudMeasuresAdopted(file.antiFraudMeasuresAdopted())
                .antiFraudPlanReference(file.antiFraudPlanReference());
            file.declarations().stream().filter(d -> !d.person().equals(x.removed())).forEach(b::addDeclarations);
            List<Violation> found = PrtrChecks.check(b.build(), x.compliant().participants(),
                Optional.of(x.compliant().plan()));
            assertThat(found).singleElement().satisfies(v -> {
                assertThat(v.ruleId()).isEqualTo(PrtrChecks.DACI_MISSING);
                assertThat(v.path()).isEqualTo("declarations");
                assertThat(v.arguments()).containsEntry("value", x.removed().value());
                assertThat(v.message()).contains(x.removed().value());
            });
        });
    }

    @Test
    void checksAreStableForAnyValidFile() {
        qt().forAll(PrtrGenerators.files()).checkAssert(f -> {
            List<Violation> first = PrtrChecks.check(f, java.util.Set.of(PersonId.of("P-1")), Optional.empty());
            assertThat(PrtrChecks.check(f, java.util.Set.of(PersonId.of("P-1")), Optional.empty())).isEqualTo(first);
            assertThat(first.stream().anyMatch(v -> v.ruleId().equals(PrtrChecks.TAGGING))).isEqualTo(f.tags().isEmpty());
        });
    }
}
