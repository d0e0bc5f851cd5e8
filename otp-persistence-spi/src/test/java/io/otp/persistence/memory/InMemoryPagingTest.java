package io.otp.persistence.memory;

import static io.otp.persistence.memory.InMemoryPersistenceProviderTest.BY;
import static io.otp.persistence.memory.InMemoryPersistenceProviderTest.need;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.otp.core.id.NeedId;
import io.otp.core.need.Need;
import io.otp.core.need.NeedStatus;
import io.otp.persistence.PersistenceException;
import io.otp.persistence.PersistenceProvider;
import io.otp.persistence.Query;
import io.otp.persistence.Repository;
import io.otp.persistence.Stored;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reading many aggregates from the in-memory store: {@link Repository#find(Query)} never cuts a list silently,
 * {@link Repository#stream(Query)} reads any number page by page after the last id read.
 */
class InMemoryPagingTest {

    /** A store holding needs N-0 to N-(n-1), every third one under analysis; their ids in text order. */
    private static final class Store {
        final PersistenceProvider provider = InMemoryPersistenceProvider.create();
        final Repository<Need, NeedId> needs = provider.repository(Need.class);
        final TreeSet<String> ids = new TreeSet<>();

        Store(int n) {
            for (int i = 0; i < n; i++) {
                add("N-" + i, i % 3 == 0);
            }
        }

        void add(String id, boolean analysed) {
            needs.save(analysed ? need(id).startAnalysis() : need(id), 0, BY);
            ids.add(id);
        }
    }

    /** The repository of a store seen through one that counts and keeps the page queries of the default stream. */
    private static final class Counting implements Repository<Need, NeedId> {
        final Repository<Need, NeedId> store;
        final List<Query> pages = new ArrayList<>();

        Counting(Repository<Need, NeedId> store) {
            this.store = store;
        }

        @Override
        public Class<Need> type() {
            return store.type();
        }

        @Override
        public Optional<Stored<Need>> find(NeedId id) {
            return store.find(id);
        }

        @Override
        public Stored<Need> save(Need aggregate, long expectedVersion, io.otp.persistence.ChangeContext context) {
            return store.save(aggregate, expectedVersion, context);
        }

        @Override
        public void delete(NeedId id, long expectedVersion, io.otp.persistence.ChangeContext context) {
            store.delete(id, expectedVersion, context);
        }

        @Override
        public List<Stored<Need>> find(Query query) {
            pages.add(query);
            return store.find(query);
        }

        @Override
        public long count(Query query) {
            return store.count(query);
        }
    }

    private static List<String> ids(List<Stored<Need>> stored) {
        return stored.stream().map(s -> s.value().id().value()).collect(Collectors.toList());
    }

    @Test
    void aStreamReadsEveryAggregateOnceInIdOrder() {
        for (int n : new int[] {0, 1, 999, 1000, 1001, 2500}) {
            Store s = new Store(n);
            List<String> streamed = ids(s.needs.stream(Query.all()).collect(Collectors.toList()));
            assertThat(streamed).as("%d needs", n).containsExactlyElementsOf(s.ids);
        }
    }

    @Test
    void aStreamReadsPagesOfAThousandEachAfterTheLastIdOfTheOneBefore() {
        int[][] cases = {{0, 1}, {1, 1}, {999, 1}, {1000, 2}, {1001, 2}, {2500, 3}};
        for (int[] c : cases) {
            Store s = new Store(c[0]);
            Counting counting = new Counting(s.needs);
            assertThat(counting.stream(Query.all()).count()).isEqualTo(c[0]);
            assertThat(counting.pages).as("%d needs", c[0]).hasSize(c[1]);
            List<String> sorted = new ArrayList<>(s.ids);
            for (int p = 0; p < counting.pages.size(); p++) {
                Query page = counting.pages.get(p);
                assertThat(page.limit()).isEqualTo(Repository.STREAM_PAGE).isEqualTo(1000);
                assertThat(page.limited()).isTrue();
                assertThat(page.after()).isEqualTo(p == 0 ? Optional.empty() : Optional.of(sorted.get(1000 * p - 1)));
            }
        }
    }

    @Test
    void aStreamReadsOnlyThePagesConsumed() {
        Store s = new Store(2500);
        Counting counting = new Counting(s.needs);
        assertThat(ids(counting.stream(Query.all()).limit(10).collect(Collectors.toList())))
            .containsExactlyElementsOf(s.ids.stream().limit(10).collect(Collectors.toList()));
        assertThat(counting.pages).hasSize(1);
    }

    @Test
    void aStreamWithALimitReadsAtMostThatMany() {
        Store s = new Store(2500);
        List<String> sorted = new ArrayList<>(s.ids);
        qt().withExamples(30).forAll(integers().between(1, 10_000)).checkAssert(limit -> {
            Counting counting = new Counting(s.needs);
            List<String> streamed = ids(counting.stream(Query.all().limit(limit)).collect(Collectors.toList()));
            assertThat(streamed).containsExactlyElementsOf(sorted.subList(0, Math.min(limit, 2500)));
            assertThat(counting.pages).allSatisfy(q -> assertThat(q.limit()).isLessThanOrEqualTo(1000));
        });
        assertThat(s.needs.stream(Query.all().limit(1000)).count()).isEqualTo(1000);
        assertThat(s.needs.stream(Query.all().limit(1)).count()).isEqualTo(1);
    }

    @Test
    void aStreamKeepsTheConditionsAndStartsAfterTheIdGiven() {
        Store s = new Store(2500);
        String after = "N-1500";
        List<String> expected = s.ids.tailSet(after, false).stream()
            .filter(id -> Integer.parseInt(id.substring(2)) % 3 == 0).collect(Collectors.toList());
        List<Stored<Need>> streamed = s.needs.stream(Query.all().status(NeedStatus.UNDER_ANALYSIS).after(after))
            .collect(Collectors.toList());
        assertThat(ids(streamed)).containsExactlyElementsOf(expected);
        assertThat(expected).hasSizeGreaterThan(500);
        assertThat(s.needs.count(Query.all().status(NeedStatus.UNDER_ANALYSIS).after(after))).isEqualTo(expected.size());
    }

    @Test
    void anAggregateSavedDuringAStreamAppearsOnlyIfItComesAfterTheLastIdRead() {
        Store s = new Store(1500);
        Iterator<Stored<Need>> it = s.needs.stream(Query.all()).iterator();
        List<String> read = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            read.add(it.next().value().id().value());
        }
        s.needs.save(need("A-0"), 0, BY);
        s.needs.save(need("Z-0"), 0, BY);
        it.forEachRemaining(n -> read.add(n.value().id().value()));
        List<String> expected = new ArrayList<>(s.ids);
        expected.add("Z-0");
        assertThat(read).containsExactlyElementsOf(expected).doesNotHaveDuplicates().doesNotContain("A-0");
    }

    @Test
    void aListOfMoreThanTenThousandIsRefusedUnlessALimitIsSet() {
        Store s = new Store(10_001);
        assertThatThrownBy(() -> s.needs.find(Query.all())).isInstanceOf(PersistenceException.class)
            .hasMessageContaining("more than 10000 need aggregates").hasMessageContaining("Repository.stream(query)");
        assertThat(ids(s.needs.find(Query.all().limit(10_000))))
            .containsExactlyElementsOf(s.ids.stream().limit(10_000).collect(Collectors.toList()));
        assertThat(s.needs.find(Query.all().after(s.ids.first()))).hasSize(10_000);
        assertThat(s.needs.count(Query.all())).isEqualTo(10_001);
        assertThat(s.needs.stream(Query.all()).count()).isEqualTo(10_001);
    }

    @Test
    void findAfterAnIdReturnsTheNextPageInTextOrder() {
        Store s = new Store(30);
        assertThat(ids(s.needs.find(Query.all().after("N-2").limit(4)))).containsExactly("N-20", "N-21", "N-22", "N-23");
        assertThat(ids(s.needs.find(Query.all().after("N-9")))).isEmpty();
        assertThat(ids(s.needs.find(Query.all().after("N-29").limit(2)))).containsExactly("N-3", "N-4");
        assertThat(s.needs.count(Query.all().after("N-29"))).isEqualTo(7);
    }
}
