package io.otp.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.otp.core.ValidationException;
import io.otp.core.testing.Texts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@link Query}: paging after an id, whether a limit was set, what a list holds, and equality. */
class QueryTest {

    /** Id texts whose text order is not their numeric or code-point order: digits, letters, é, a pair. */
    // U+FFE0 comes after the surrogates in UTF-16 order; a lone surrogate is no longer a query text (StorableText)
    private static final Gen<String> IDS = Texts.of("0129aAzZ-/\u00e9\uffe0", 1, 6);

    @Test
    void afterExcludesTheIdGivenAndEveryIdBeforeIt() {
        Query q = Query.all().after("N-2");
        assertThat(q.after()).contains("N-2");
        assertThat(Query.all().after()).isEmpty();
        Map<String, String> none = Map.of();
        // text order: "N-10" < "N-2" < "N-20" < "N-3"
        assertThat(q.matches("N-10", none)).isFalse();
        assertThat(q.matches("N-2", none)).isFalse();
        assertThat(q.matches("N-20", none)).isTrue();
        assertThat(q.matches("N-3", none)).isTrue();
        assertThat(q.matches("N", none)).isFalse();
        // a later after replaces the earlier one
        assertThat(q.after("N-3").after()).contains("N-3");
        assertThat(Query.all().matches("N-10", none)).isTrue();
    }

    @Test
    void aCharacterOutsideTheBmpComesBeforeUPlusFfe0InUtf16Order() {
        // U+1D400 is written D835 DC00: its first code unit, D835, is below FFE0, so it comes first
        assertThat(Query.all().after("\ud835\udc00").matches("\uffe0", Map.of())).isTrue();
        assertThat(Query.all().after("\uffe0").matches("\ud835\udc00", Map.of())).isFalse();
    }

    @Test
    void aTextNoStoreKeepsIsNotAQueryText() {
        for (String bad : java.util.List.of("a\u0000", "\ud835", "x\udc00y")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Query.all().where("status", bad))
                .isInstanceOf(io.otp.core.ValidationException.class).hasMessageContaining("U+");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Query.all().after(bad))
                .isInstanceOf(io.otp.core.ValidationException.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Query.all().between("date", bad, "z"))
                .isInstanceOf(io.otp.core.ValidationException.class);
        }
    }

    @Test
    void afterAndTheConditionsMustAllHold() {
        Query q = Query.all().where("status", "OPEN").after("B");
        assertThat(q.matches("C", Map.of("status", "OPEN"))).isTrue();
        assertThat(q.matches("C", Map.of("status", "CLOSED"))).isFalse();
        assertThat(q.matches("A", Map.of("status", "OPEN"))).isFalse();
        assertThat(q.matches("C", Map.of())).isFalse();
        // the values alone ignore after
        assertThat(q.matches(Map.of("status", "OPEN"))).isTrue();
    }

    @Test
    void anIdMatchesAfterExactlyWhenItComesLaterInTextOrder() {
        qt().withExamples(500).forAll(IDS, IDS).checkAssert((id, after) -> {
            // the first UTF-16 code unit that differs decides; else the longer text comes later
            java.util.OptionalInt differs = IntStream.range(0, Math.min(id.length(), after.length()))
                .filter(i -> id.charAt(i) != after.charAt(i)).findFirst();
            boolean later = differs.isPresent() ? id.charAt(differs.getAsInt()) > after.charAt(differs.getAsInt())
                : id.length() > after.length();
            assertThat(Query.all().after(after).matches(id, Map.of())).as("%s after %s", id, after).isEqualTo(later);
        });
    }

    @Test
    void limitedSaysWhetherALimitWasSet() {
        assertThat(Query.all().limited()).isFalse();
        assertThat(Query.all().limit()).isEqualTo(Query.DEFAULT_LIMIT).isEqualTo(10_000);
        assertThat(Query.all().limit(10_000).limited()).isTrue();
        assertThat(Query.all().limit(3).limited()).isTrue();
        assertThat(Query.all().limit(3).after("x").where("status", "OPEN").limited()).isTrue();
        assertThat(Query.all().after("x").where("status", "OPEN").limit()).isEqualTo(10_000);
        assertThat(Query.all().after("x").limited()).isFalse();
        assertThatThrownBy(() -> Query.all().limit(0)).isInstanceOf(ValidationException.class)
            .hasMessageContaining("OTP-QUERY-LIMIT");
        assertThatThrownBy(() -> Query.all().limit(10_001)).isInstanceOf(ValidationException.class)
            .hasMessageContaining("OTP-QUERY-LIMIT");
    }

    @Test
    void aLimitedListHoldsAtMostTheLimit() {
        qt().withExamples(300).forAll(integers().between(1, 50), integers().between(0, 51)).checkAssert((limit, n) -> {
            List<Integer> fetched = numbers(Math.min(n, limit + 1));
            List<Integer> results = Query.all().limit(limit).results(fetched, "need");
            assertThat(results).isEqualTo(fetched.subList(0, Math.min(fetched.size(), limit)));
            assertThatThrownBy(() -> results.add(0)).isInstanceOf(UnsupportedOperationException.class);
        });
    }

    @Test
    void aListWithoutALimitHoldsEveryMatchUpToTheDefaultLimit() {
        for (int n : new int[] {0, 1, 9_999, 10_000}) {
            List<Integer> fetched = numbers(n);
            assertThat(Query.all().results(fetched, "need")).isEqualTo(fetched);
        }
    }

    @Test
    void aListWithoutALimitOverTheDefaultLimitIsRefusedNamingTheLimitAndTheRemedy() {
        Query q = Query.all().where("status", "OPEN");
        assertThatThrownBy(() -> q.results(numbers(10_001), "need")).isInstanceOf(PersistenceException.class)
            .hasMessage("more than 10000 need aggregates match Query[status = OPEN]; a list holds at most 10000: read"
                + " them all with Repository.stream(query), or page with limit(n) and after(lastId)");
        assertThat(Query.all().limit(10_000).results(numbers(10_001), "need")).hasSize(10_000);
    }

    @Test
    void equalityAndHashCodeIncludeAfterAndWhetherALimitWasSet() {
        Query all = Query.all();
        assertThat(all.limit(10_000)).isNotEqualTo(all);
        assertThat(all.limit(10_000).limit()).isEqualTo(all.limit());
        assertThat(all.after("a")).isNotEqualTo(all).isNotEqualTo(all.after("b")).isEqualTo(all.after("a"))
            .hasSameHashCodeAs(all.after("a"));
        assertThat(all.limit(5).after("a")).isEqualTo(all.after("a").limit(5))
            .hasSameHashCodeAs(all.after("a").limit(5)).isNotEqualTo(all.after("a").limit(6));
        assertThat(all.where("status", "OPEN")).isEqualTo(all.where("status", "OPEN"))
            .isNotEqualTo(all.where("status", "CLOSED"));
        assertThat(all.after("a").limit(5).toString()).isEqualTo("Query[] after a limit 5");
    }

    @Test
    void equalQueriesHaveEqualHashCodes() {
        qt().withExamples(300).forAll(IDS, integers().between(0, 3), IDS, integers().between(0, 3))
            .checkAssert((a, la, b, lb) -> {
                Query x = build(a, la);
                Query y = build(b, lb);
                assertThat(x.equals(y)).isEqualTo(a.equals(b) && la.equals(lb));
                if (x.equals(y)) {
                    assertThat(x.hashCode()).isEqualTo(y.hashCode());
                }
            });
    }

    /** A query after an id text, with limit 0 meaning none set, else that limit. */
    private static Query build(String after, int limit) {
        Query q = Query.all().after(after);
        return limit == 0 ? q : q.limit(limit);
    }

    private static List<Integer> numbers(int n) {
        List<Integer> out = new ArrayList<>(n);
        IntStream.range(0, n).forEach(out::add);
        return Collections.unmodifiableList(out);
    }
}
