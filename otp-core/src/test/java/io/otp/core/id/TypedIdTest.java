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

    @Test
    void checksIdsExactlyAsTheDocumentedRegularExpression() {
        // The check is hand-written for speed; it must accept and refuse exactly what the documented
        // expression does, on code points from every category that matters (letters, the three kinds of
        // numbers, the allowed and other punctuation, supplementary letters, lone surrogates, emoji).
        java.util.regex.Pattern documented = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:/#-]{0,99}");
        String[] pieces = {"a", "Z", "7", "ñ", "É", "ß", "٣", "Ⅻ", "²", "½", ".", "_", ":", "/", "#", "-", " ", "\n",
            "+", "@", "€", "\uD835\uDC00", "\uD800", "\uDC00", "\uD83D\uDE00", "\u0301", "\u00A0"};
        org.quicktheories.core.Gen<String> texts = org.quicktheories.generators.SourceDSL.lists()
            .of(org.quicktheories.generators.SourceDSL.integers().between(0, pieces.length - 1))
            .ofSizeBetween(0, 105).map(list -> {
                StringBuilder b = new StringBuilder();
                list.forEach(i -> b.append(pieces[i]));
                return b.toString();
            });
        qt().withExamples(3000).forAll(texts).checkAssert(text ->
            assertThat(TypedId.isValid(text)).as("%s", text).isEqualTo(documented.matcher(text).matches()));
        assertThat(TypedId.isValid("a".repeat(100))).isTrue();
        assertThat(TypedId.isValid("a".repeat(101))).isFalse();
        assertThat(TypedId.isValid("\uD835\uDC00".repeat(100))).isTrue();
    }
}
