package io.otp.core.testing;

import io.otp.core.classification.CpvCode;
import io.otp.core.classification.NutsCode;
import io.otp.core.classification.spi.CpvCatalogue;
import io.otp.core.classification.spi.NutsCatalogue;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Small in-memory classification catalogues for tests of the rules that consult them, built from the
 * codes a test names. They count the questions asked, so a test can prove a catalogue was (or was
 * not) consulted.
 */
public final class CatalogueFixtures {

    private CatalogueFixtures() {
    }

    /**
     * A CPV catalogue that knows the given codes, of which some are social services.
     *
     * @param known the codes in the list
     * @param social the codes that are social or other specific services (LCSP Annex IV)
     * @return the catalogue, named {@code "test CPV list"}
     */
    public static CountingCpvCatalogue cpv(Collection<CpvCode> known, Collection<CpvCode> social) {
        return new CountingCpvCatalogue(Set.copyOf(known), Set.copyOf(social));
    }

    /**
     * A NUTS catalogue that knows the given codes.
     *
     * @param known the codes in the classification
     * @return the catalogue, named {@code "test NUTS list"}
     */
    public static NutsCatalogue nuts(Collection<NutsCode> known) {
        Set<NutsCode> codes = Set.copyOf(known);
        return new NutsCatalogue() {
            @Override
            public String name() {
                return "test NUTS list";
            }

            @Override
            public boolean contains(NutsCode code) {
                return codes.contains(code);
            }
        };
    }

    /** A CPV catalogue over a fixed set of codes that counts the questions asked. */
    public static final class CountingCpvCatalogue implements CpvCatalogue {
        private final Set<CpvCode> known;
        private final Set<CpvCode> social;
        private final AtomicInteger questions = new AtomicInteger();

        CountingCpvCatalogue(Set<CpvCode> known, Set<CpvCode> social) {
            this.known = known;
            this.social = social;
        }

        /**
         * The number of questions asked so far.
         *
         * @return the count
         */
        public int questions() {
            return questions.get();
        }

        @Override
        public String name() {
            return "test CPV list";
        }

        @Override
        public boolean contains(CpvCode code) {
            questions.incrementAndGet();
            return known.contains(code);
        }

        @Override
        public boolean isSocialService(CpvCode code) {
            questions.incrementAndGet();
            return social.contains(code);
        }
    }
}
