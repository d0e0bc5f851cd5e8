package io.otp.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.MissingValueException;
import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.classification.NutsCode;
import io.otp.core.id.OrganisationId;
import io.otp.core.testing.PartyGenerators;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationTest {

    // Builders are strict (each attribute set once), so fixtures take the attributes tests vary.
    private static Organisation.Builder organisation(String id, String legalName, String taxId,
                                                     OrganisationKind kind) {
        return Organisation.builder()
            .id(OrganisationId.of(id))
            .legalName(legalName)
            .taxId(TaxId.of(taxId))
            .kind(kind);
    }

    private static Organisation.Builder madridCityCouncil() {
        return organisation("ayto-madrid", "Ayuntamiento de Madrid", "P2807900B", OrganisationKind.PUBLIC_BODY);
    }

    private static Organisation.Builder company(String id, String taxId) {
        return organisation(id, "Company " + id, taxId, OrganisationKind.COMPANY);
    }

    private static Organisation.Builder selfEmployed(String taxId) {
        return organisation("autonomo", "Juan Pérez", taxId, OrganisationKind.PERSON_SELF_EMPLOYED);
    }

    @Test
    void keepsEveryAttribute() {
        Organisation madrid = madridCityCouncil()
            .dir3Code(Dir3Code.of("L01280796"))
            .nutsCode(NutsCode.of("ES300"))
            .website("https://www.madrid.es")
            .email("contratacion@madrid.es")
            .build();
        assertThat(madrid.legalName()).isEqualTo("Ayuntamiento de Madrid");
        assertThat(madrid.taxId().organisationLetter()).contains('P');
        assertThat(madrid.dir3Code()).contains(Dir3Code.of("L01280796"));
        assertThat(madrid.nutsCode()).contains(NutsCode.of("ES300"));
        assertThat(madrid.website()).contains("https://www.madrid.es");
        assertThat(madrid.email()).contains("contratacion@madrid.es");
        assertThat(madrid.isPublicBody()).isTrue();
        assertThat(madrid.businessGroup()).isEmpty();
    }

    @Test
    void isNotAnSmeUnlessDeclared() {
        assertThat(company("c1", "B12345674").build().sme()).isFalse();
        assertThat(company("c1", "B12345674").sme(true).build().sme()).isTrue();
    }

    @Test
    void generatedOrganisationsAreValidAndTheirTaxIdFitsTheirKind() {
        qt().forAll(PartyGenerators.organisations()).checkAssert(o -> {
            assertThat(o.taxId().kind().isNaturalPerson()).isEqualTo(o.kind() == OrganisationKind.PERSON_SELF_EMPLOYED);
            assertThat(o.isPublicBody() && o.sme()).isFalse();
            assertThat(o.isSameGroupAs(o)).isTrue();
        });
    }

    // One test per invariant, each naming the field in the violation's path.

    @Test
    void rejectsBlankLegalName() {
        assertOnlyViolation(organisation("ayto-madrid", "  ", "P2807900B", OrganisationKind.PUBLIC_BODY), "legalName", "OTP-PARTY-NAME");
    }

    @Test
    void rejectsPublicBodyDeclaredSme() {
        Violation v = assertOnlyViolation(madridCityCouncil().sme(true), "sme", "EU-REC-2003/361-3.4");
        assertThat(v.message()).contains("ayto-madrid").contains("2003/361/EC");
        assertThat(v.message(Locale.forLanguageTag("es"))).contains("pyme");
    }

    @Test
    void rejectsCompanyIdentifiedByADni() {
        Violation v = assertOnlyViolation(company("c1", "12345678Z"),
            "taxId", "OTP-PARTY-TAXID-KIND");
        assertThat(v.arguments()).containsEntry("value", "12345678Z").containsEntry("taxIdKind", "NIF");
    }

    @Test
    void rejectsSelfEmployedPersonIdentifiedByACif() {
        assertOnlyViolation(selfEmployed("B12345674"),
            "taxId", "OTP-PARTY-TAXID-KIND");
    }

    @Test
    void acceptsSelfEmployedPersonIdentifiedByAnNie() {
        Organisation o = selfEmployed("X1234567L").sme(true).build();
        assertThat(o.taxId().kind()).isEqualTo(TaxIdKind.NIE);
    }

    @Test
    void rejectsSelfEmployedPersonWithADir3Code() {
        assertOnlyViolation(selfEmployed("12345678Z")
            .dir3Code(Dir3Code.of("L01280796")), "dir3Code", "OTP-PARTY-DIR3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"www.madrid.es", "ftp://madrid.es", "https://", "https://madrid", "https://www.madrid .es",
        "https://madrid.", "madrid"})
    void rejectsImplausibleWebsite(String website) {
        Violation v = assertOnlyViolation(madridCityCouncil().website(website), "website", "OTP-WEBSITE");
        assertThat(v.arguments()).containsEntry("value", website);
    }

    @ParameterizedTest
    @ValueSource(strings = {"contratacion.madrid.es", "a@b", "a@@madrid.es", "a b@madrid.es", "@madrid.es",
        "a@madrid..es", "a@.es"})
    void rejectsImplausibleEmail(String email) {
        Violation v = assertOnlyViolation(madridCityCouncil().email(email), "email", "OTP-EMAIL");
        assertThat(v.arguments()).containsEntry("value", email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://madrid.es", "HTTPS://www.madrid.es/portal?lang=es", "https://sede.madrid.es:8443/x"})
    void acceptsPlausibleWebsites(String website) {
        assertThat(madridCityCouncil().website(website).build().website()).contains(website);
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertThatThrownBy(() -> organisation("ayto-madrid", "", "P2807900B", OrganisationKind.PUBLIC_BODY).sme(true).email("nope").website("nope").build())
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                e.violations().stream().map(Violation::path).collect(Collectors.toList()))
                .containsExactlyInAnyOrder("legalName", "sme", "email", "website"));
    }

    @Test
    void namesAMissingRequiredAttribute() {
        assertThatThrownBy(() -> Organisation.builder().id(OrganisationId.of("x")).legalName("X")
            .kind(OrganisationKind.COMPANY).build())
            .isInstanceOfSatisfying(MissingValueException.class, e ->
                assertThat(e.violations()).extracting(Violation::path).containsExactly("taxId"));
    }

    @Test
    void namesANullAttribute() {
        assertThatThrownBy(() -> Organisation.builder().legalName(null)).isInstanceOf(NullValueException.class)
            .hasMessageContaining("legalName");
    }

    // Business groups (LCSP art. 149.3, RGLCAP art. 86).

    @Test
    void organisationsOfOneBusinessGroupAreTheSameGroup() {
        BusinessGroupId group = BusinessGroupId.of("GRUPO-A58818501");
        Organisation parent = company("parent", "A58818501").businessGroup(group).build();
        Organisation subsidiary = company("subsidiary", "B12345674").businessGroup(group).build();
        Organisation other = company("other", "G12345674").businessGroup(BusinessGroupId.of("OTHER")).build();
        Organisation independent = company("independent", "Q2826000H").build();
        assertThat(parent.isSameGroupAs(subsidiary)).isTrue();
        assertThat(subsidiary.isSameGroupAs(parent)).isTrue();
        assertThat(parent.isSameGroupAs(other)).isFalse();
        assertThat(parent.isSameGroupAs(independent)).isFalse();
        assertThat(independent.isSameGroupAs(company("independent-2", "A58818501").build())).isFalse();
    }

    @Test
    void anOrganisationWithoutGroupIsOnlyInItsOwnGroup() {
        Organisation a = company("a", "G12345674").build();
        Organisation sameHolder = company("a-duplicate", "G1234567D").build();
        Organisation sameId = company("a", "B12345674").build();
        assertThat(a.isSameGroupAs(a)).isTrue();
        assertThat(a.isSameGroupAs(sameHolder)).isTrue();
        assertThat(a.isSameGroupAs(sameId)).isTrue();
        assertThat(a.isSameGroupAs(company("b", "A58818501").build())).isFalse();
    }

    @Test
    void sameGroupIsSymmetric() {
        qt().forAll(PartyGenerators.organisations(), PartyGenerators.organisations())
            .check((a, b) -> a.isSameGroupAs(b) == b.isSameGroupAs(a));
    }

    @Test
    void businessGroupIdIsATypedId() {
        assertThat(BusinessGroupId.of("G1")).isEqualTo(BusinessGroupId.of("G1")).isNotEqualTo(OrganisationId.of("G1"));
        assertThatThrownBy(() -> BusinessGroupId.of("bad id")).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("businessGroupId"));
    }

    private static Violation assertOnlyViolation(Organisation.Builder builder, String path, String rule) {
        try {
            builder.build();
        } catch (ValidationException e) {
            List<Violation> violations = e.violations();
            assertThat(violations).hasSize(1);
            assertThat(violations.get(0).path()).isEqualTo(path);
            assertThat(violations.get(0).ruleId()).isEqualTo(rule);
            assertThat(violations.get(0).message(Locale.forLanguageTag("es")))
                .isNotEqualTo(violations.get(0).message());
            return violations.get(0);
        }
        throw new AssertionError("expected a violation of " + rule + " at " + path);
    }
}
