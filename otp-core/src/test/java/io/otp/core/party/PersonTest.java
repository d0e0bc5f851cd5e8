package io.otp.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.PersonId;
import io.otp.core.testing.PartyGenerators;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PersonTest {

    private static Person.Builder supervisor() {
        return person("María López García", "maria.lopez@madrid.es");
    }

    private static Person.Builder person(String fullName, String email) {
        return Person.builder()
            .id(PersonId.of("p-1"))
            .fullName(fullName)
            .email(email)
            .organisation(OrganisationId.of("ayto-madrid"))
            .addRoles(PersonRole.CONTRACT_SUPERVISOR, PersonRole.PROCUREMENT_BOARD_MEMBER);
    }

    @Test
    void hasExactlyTheRolesGiven() {
        Person p = supervisor().build();
        assertThat(p.hasRole(PersonRole.CONTRACT_SUPERVISOR)).isTrue();
        assertThat(p.hasRole(PersonRole.PROCUREMENT_BOARD_MEMBER)).isTrue();
        assertThat(p.hasRole(PersonRole.EXPERT_COMMITTEE_MEMBER)).isFalse();
        assertThat(p.roles()).containsExactlyInAnyOrder(PersonRole.CONTRACT_SUPERVISOR,
            PersonRole.PROCUREMENT_BOARD_MEMBER);
    }

    @Test
    void rolesCannotBeChangedFromOutside() {
        Person p = supervisor().build();
        assertThatThrownBy(() -> p.roles().add(PersonRole.SUPPLIER_CONTACT))
            .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aPersonMayHaveNoRoleEmailOrOrganisation() {
        Person p = Person.builder().id(PersonId.of("p-2")).fullName("Juan Pérez").build();
        assertThat(p.roles()).isEmpty();
        assertThat(p.email()).isEmpty();
        assertThat(p.organisation()).isEmpty();
        assertThat(p.hasRole(PersonRole.PROJECT_MANAGER)).isFalse();
    }

    @Test
    void hasRoleAgreesWithRolesForEveryGeneratedPerson() {
        qt().forAll(PartyGenerators.persons()).checkAssert(p -> {
            for (PersonRole role : PersonRole.values()) {
                assertThat(p.hasRole(role)).isEqualTo(p.roles().contains(role));
            }
        });
    }

    @Test
    void hasRoleRejectsNull() {
        assertThatThrownBy(() -> supervisor().build().hasRole(null)).isInstanceOf(NullValueException.class);
    }

    @Test
    void rejectsBlankFullNameNamingTheField() {
        assertThatThrownBy(() -> person("", "maria.lopez@madrid.es").build())
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                .satisfies(v -> {
                    assertThat(v.path()).isEqualTo("fullName");
                    assertThat(v.ruleId()).isEqualTo("OTP-PARTY-NAME");
                }));
    }

    @Test
    void rejectsImplausibleEmailNamingTheField() {
        assertThatThrownBy(() -> person("María López García", "maria.lopez at madrid.es").build())
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                .satisfies(v -> {
                    assertThat(v.path()).isEqualTo("email");
                    assertThat(v.ruleId()).isEqualTo("OTP-EMAIL");
                    assertThat(v.arguments()).containsEntry("value", "maria.lopez at madrid.es");
                }));
    }

    @Test
    void reportsBlankNameAndBadEmailTogether() {
        assertThatThrownBy(() -> person(" ", "x").build())
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                e.violations().stream().map(Violation::path).collect(Collectors.toList()))
                .containsExactly("fullName", "email"));
    }
}
