package io.otp.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.MissingValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.DepartmentId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.PersonId;
import io.otp.core.testing.PartyGenerators;
import org.junit.jupiter.api.Test;

class DepartmentTest {

    private static Department.Builder itDirectorate() {
        return department("Dirección General de Tecnología");
    }

    private static Department.Builder department(String name) {
        return Department.builder()
            .id(DepartmentId.of("dg-tecnologia"))
            .organisation(OrganisationId.of("ayto-madrid"))
            .name(name);
    }

    @Test
    void keepsEveryAttribute() {
        Department d = itDirectorate().dir3Code(Dir3Code.of("LA0012345")).head(PersonId.of("p-1")).build();
        assertThat(d.organisation()).isEqualTo(OrganisationId.of("ayto-madrid"));
        assertThat(d.name()).isEqualTo("Dirección General de Tecnología");
        assertThat(d.dir3Code()).contains(Dir3Code.of("LA0012345"));
        assertThat(d.head()).contains(PersonId.of("p-1"));
    }

    @Test
    void optionalAttributesAreEmptyWhenNotGiven() {
        Department d = itDirectorate().build();
        assertThat(d.dir3Code()).isEmpty();
        assertThat(d.head()).isEmpty();
    }

    @Test
    void rejectsBlankNameNamingTheField() {
        assertThatThrownBy(() -> department(" \t").build())
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                .satisfies(v -> {
                    assertThat(v.path()).isEqualTo("name");
                    assertThat(v.ruleId()).isEqualTo("OTP-PARTY-NAME");
                    assertThat(v.message()).isEqualTo("name must not be blank");
                }));
    }

    @Test
    void namesTheMissingOrganisation() {
        assertThatThrownBy(() -> Department.builder().id(DepartmentId.of("d")).name("D").build())
            .isInstanceOfSatisfying(MissingValueException.class, e ->
                assertThat(e.violations()).extracting(Violation::path).containsExactly("organisation"));
    }

    @Test
    void generatedDepartmentsCopyEqual() {
        qt().forAll(PartyGenerators.departments()).checkAssert(d -> {
            Department copy = Department.builder().id(d.id()).organisation(d.organisation()).name(d.name())
                .dir3Code(d.dir3Code()).head(d.head()).build();
            assertThat(copy).isEqualTo(d).hasSameHashCodeAs(d);
        });
    }
}
