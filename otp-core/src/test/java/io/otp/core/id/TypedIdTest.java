package io.otp.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.testing.IdGenerators;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TypedIdTest {

    private static final List<Function<String, TypedId>> FACTORIES = List.of(TenderId::of, LotId::of, NeedId::of,
        ProjectId::of, CriterionId::of, BidId::of, OrganisationId::of, DepartmentId::of, PersonId::of);

    @Test
    void acceptsEveryTextOfThePattern() {
        qt().forAll(IdGenerators.validIdTexts()).checkAssert(text -> {
            for (Function<String, TypedId> factory : FACTORIES) {
                TypedId id = factory.apply(text);
                assertThat(id.value()).isEqualTo(text);
                assertThat(id).hasToString(text).isEqualTo(factory.apply(text)).hasSameHashCodeAs(factory.apply(text));
            }
        });
    }

    @Test
    void acceptsFileNumbers() {
        assertThat(TenderId.of("2026/EXP-0042").value()).isEqualTo("2026/EXP-0042");
        assertThat(TenderId.of("x".repeat(100)).value()).hasSize(100);
    }

    @Test
    void rejectsEveryTextOutsideThePatternNamingTheField() {
        qt().forAll(IdGenerators.invalidIdTexts()).checkAssert(text -> {
            assertThatThrownBy(() -> TenderId.of(text)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("tenderId");
                    assertThat(v.ruleId()).isEqualTo("OTP-ID");
                    assertThat(v.arguments()).containsEntry("value", text);
                }));
            assertThatThrownBy(() -> LotId.of(text)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations().get(0).path()).isEqualTo("lotId"));
        });
    }

    @Test
    void rejectsEmptyAndNull() {
        assertThatThrownBy(() -> TenderId.of("")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> TenderId.of(null)).isInstanceOf(NullValueException.class)
            .hasMessageContaining("tenderId");
    }

    @Test
    void aTenderIdNeverEqualsALotIdWithTheSameText() {
        qt().forAll(IdGenerators.validIdTexts()).checkAssert(text -> {
            assertThat((Object) TenderId.of(text)).isNotEqualTo(LotId.of(text));
            assertThat((Object) LotId.of(text)).isNotEqualTo(TenderId.of(text));
            assertThat(TenderId.of(text).compareTo(LotId.of(text))).isNotZero();
        });
    }

    @Test
    void idsOfOneTypeSortByText() {
        qt().forAll(IdGenerators.validIdTexts(), IdGenerators.validIdTexts()).check((a, b) ->
            Integer.signum(TenderId.of(a).compareTo(TenderId.of(b))) == Integer.signum(a.compareTo(b)));
    }
}
