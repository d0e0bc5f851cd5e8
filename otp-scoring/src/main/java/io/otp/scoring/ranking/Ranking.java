package io.otp.scoring.ranking;

import io.otp.core.Sha256;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.core.id.OrganisationId;
import io.otp.core.money.Percentage;
import io.otp.core.tender.Direction;
import io.otp.core.tender.TieBreakData;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Ranks the admitted bids of a lot (LCSP art. 150.1) and breaks ties (LCSP art. 147).
 *
 * <p>Bids are ordered by decreasing total points, compared exactly. Bids with equal totals are
 * separated by, in this order:
 * <ol>
 * <li>the pliego's tie-break criteria, in the order given (art. 147.1);</li>
 * <li>the statutory chain of art. 147.2: (a) higher percentage of disabled workers or workers in
 * social-inclusion programmes, then, if still tied, the higher number of permanent workers with a
 * disability plus workers in inclusion ({@link TieBreakData#permanentDisabledOrInclusionWorkers()});
 * (b) lower percentage of temporary contracts; (c) higher percentage of women employed;</li>
 * <li>(d) a draw (sorteo).</li>
 * </ol>
 *
 * <p><b>Mode.</b> The statutory chain applies "en defecto de la previsión en los pliegos" (art. 147.2).
 * Whether pliego criteria displace it entirely or only go before it is the pliego's choice, given as a
 * {@link TieBreakMode}: with {@link TieBreakMode#PLIEGO_BEFORE_STATUTORY_CHAIN} (the default, and the only
 * behaviour before the setting existed) the bids the pliego's criteria leave tied go on to the chain,
 * as for them there is no provision of the pliego; with {@link TieBreakMode#PLIEGO_REPLACES_STATUTORY_CHAIN}
 * they go straight to the draw. Without pliego criteria both modes apply the chain. Every recorded step
 * and the result carry the mode.
 *
 * <p><b>Missing data.</b> The tie-break data are proved by the bidders when the tie occurs (art.
 * 147.2, last paragraph), so a bidder that does not provide a datum cannot win on it: at each step
 * the bids with the datum come first in the step's order, and the bids without it come after all of
 * them, still tied among themselves for the next step. A step where no tied bid, or every tied bid,
 * has the same value separates nobody and is not recorded.
 *
 * <p><b>Draw.</b> The draw is reproducible: each tied bid's key is the SHA-256 digest of the seed
 * (8 bytes, big-endian) followed by the bid id (UTF-8); the lower key (unsigned, byte by byte) draws
 * first. The order depends only on the seed and the bid ids, never on the input order, the JVM or a
 * pseudo-random generator's algorithm; the seed is recorded in the result so anyone can repeat it.
 * The mesa fixes the seed in its act before ranking (for instance from a public draw).
 *
 * <p>Nothing here divides; totals and values are compared as exact decimals.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ranking {

    private Ranking() {
    }

    /**
     * Ranks the admitted bids with the statutory tie-break chain only.
     *
     * @param candidates the admitted bids, in any order; not null
     * @param excluded the excluded bids, listed apart; not null
     * @param seed the seed of the draw
     * @return the ranking, not null
     * @throws ValidationException if a bid appears twice or a bidder has two admitted bids
     */
    public static RankingResult rank(Collection<RankingCandidate> candidates, Collection<ExcludedBid> excluded,
            long seed) {
        return rank(candidates, excluded, List.of(), seed);
    }

    /**
     * Ranks the admitted bids, breaking ties with the pliego's criteria first and, for the bids they
     * leave tied, the statutory chain ({@link TieBreakMode#PLIEGO_BEFORE_STATUTORY_CHAIN}).
     *
     * @param candidates the admitted bids, in any order; not null
     * @param excluded the excluded bids, listed apart; not null
     * @param pliegoCriteria the pliego's tie-break criteria in the pliego's order; not null; may be empty
     * @param seed the seed of the draw
     * @return the ranking, not null
     * @throws ValidationException listing every problem: a bid appearing twice (among candidates and
     *     excluded), a bidder with two admitted bids (LCSP art. 139.3), two criteria with the same id,
     *     a criterion value for a bid that is not a candidate
     */
    public static RankingResult rank(Collection<RankingCandidate> candidates, Collection<ExcludedBid> excluded,
            List<TieBreakCriterion> pliegoCriteria, long seed) {
        return rank(candidates, excluded, pliegoCriteria, TieBreakMode.PLIEGO_BEFORE_STATUTORY_CHAIN, seed);
    }

    /**
     * Ranks the admitted bids, breaking ties with the pliego's criteria first and then as the mode says:
     * the statutory chain of LCSP art. 147.2 and the draw, or the draw alone.
     *
     * @param candidates the admitted bids, in any order; not null
     * @param excluded the excluded bids, listed apart; not null
     * @param pliegoCriteria the pliego's tie-break criteria in the pliego's order; not null; may be empty
     * @param mode whether the pliego's criteria go before the statutory chain or replace it; not null
     * @param seed the seed of the draw
     * @return the ranking, recording the mode on the result and on every tie-break; not null
     * @throws ValidationException listing every problem: a bid appearing twice (among candidates and
     *     excluded), a bidder with two admitted bids (LCSP art. 139.3), two criteria with the same id,
     *     a criterion value for a bid that is not a candidate
     */
    public static RankingResult rank(Collection<RankingCandidate> candidates, Collection<ExcludedBid> excluded,
            List<TieBreakCriterion> pliegoCriteria, TieBreakMode mode, long seed) {
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(excluded, "excluded");
        Objects.requireNonNull(pliegoCriteria, "pliegoCriteria");
        Objects.requireNonNull(mode, "mode");
        validate(candidates, excluded, pliegoCriteria);

        List<RankingCandidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparing((RankingCandidate c) -> c.total().value()).reversed()
            .thenComparing(RankingCandidate::bid));
        List<Step> steps = steps(pliegoCriteria, mode);
        List<TieBreak> records = new ArrayList<>();
        List<RankingCandidate> ordered = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i + 1;
            while (j < sorted.size() && sorted.get(j).total().compareTo(sorted.get(i).total()) == 0) {
                j++;
            }
            ordered.addAll(resolve(sorted.subList(i, j), steps, 0, mode, seed, records));
            i = j;
        }
        List<RankedBid> ranked = new ArrayList<>();
        for (int k = 0; k < ordered.size(); k++) {
            ranked.add(RankedBid.of(k + 1, ordered.get(k)));
        }
        List<ExcludedBid> out = new ArrayList<>(excluded);
        out.sort(Comparator.comparing(ExcludedBid::bid));
        return RankingResult.builder().seed(seed).tieBreakMode(mode).addAllRanked(ranked).addAllTieBreaks(records)
            .addAllExcluded(out).build();
    }

    /**
     * The draw key of a bid: SHA-256 of the seed (8 bytes, big-endian) then the bid id (UTF-8), in
     * lower-case hexadecimal. The lower key draws first (LCSP art. 147.2.d).
     *
     * @param seed the seed
     * @param bid the bid; not null
     * @return the key, 64 hexadecimal digits, not null
     */
    public static String drawKey(long seed, BidId bid) {
        Objects.requireNonNull(bid, "bid");
        MessageDigest sha = Sha256.digest();
        sha.update(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
        return Sha256.toHex(sha.digest(bid.value().getBytes(StandardCharsets.UTF_8)));
    }

    private static void validate(Collection<RankingCandidate> candidates, Collection<ExcludedBid> excluded,
            List<TieBreakCriterion> criteria) {
        List<Violation> v = new ArrayList<>();
        Set<BidId> bids = new HashSet<>();
        Set<OrganisationId> bidders = new HashSet<>();
        int k = 0;
        for (RankingCandidate c : candidates) {
            Objects.requireNonNull(c, "candidates[" + k + "]");
            if (!bids.add(c.bid())) {
                v.add(Violation.of("candidates[" + k + "].bid", "OTP-DUPLICATE-BID",
                    "io.otp.scoring.ranking.duplicateBid", "bid", c.bid()));
            }
            if (!bidders.add(c.bidder())) {
                v.add(Violation.of("candidates[" + k + "].bidder", "LCSP-139.3",
                    "io.otp.scoring.ranking.duplicateBidder", "bidder", c.bidder()));
            }
            k++;
        }
        Set<BidId> admitted = new HashSet<>(bids);
        k = 0;
        for (ExcludedBid e : excluded) {
            Objects.requireNonNull(e, "excluded[" + k + "]");
            if (!bids.add(e.bid())) {
                v.add(Violation.of("excluded[" + k + "].bid", "OTP-DUPLICATE-BID",
                    "io.otp.scoring.ranking.duplicateBid", "bid", e.bid()));
            }
            k++;
        }
        Set<String> ids = new HashSet<>();
        for (k = 0; k < criteria.size(); k++) {
            TieBreakCriterion c = Objects.requireNonNull(criteria.get(k), "pliegoCriteria[" + k + "]");
            if (!ids.add(c.id())) {
                v.add(Violation.of("pliegoCriteria[" + k + "].id", "LCSP-147.1",
                    "io.otp.scoring.ranking.duplicateCriterion", "criterion", c.id()));
            }
            for (BidId b : c.values().keySet()) {
                if (!admitted.contains(b)) {
                    v.add(Violation.of("pliegoCriteria[" + k + "].values[" + b + "]", "LCSP-147.1",
                        "io.otp.scoring.ranking.unknownBid", "criterion", c.id(), "bid", b));
                }
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** One step of the chain: what value a bid has on it, how it was obtained, and which way is better. */
    private static final class Step {
        final TieBreakStep kind;
        final Optional<String> criterionId;
        final Direction direction;
        final Function<RankingCandidate, Optional<BigDecimal>> value;
        final Function<RankingCandidate, Optional<String>> detail;

        Step(TieBreakStep kind, Optional<String> criterionId, Direction direction,
                Function<RankingCandidate, Optional<BigDecimal>> value) {
            this(kind, criterionId, direction, value, b -> Optional.empty());
        }

        Step(TieBreakStep kind, Optional<String> criterionId, Direction direction,
                Function<RankingCandidate, Optional<BigDecimal>> value,
                Function<RankingCandidate, Optional<String>> detail) {
            this.kind = kind;
            this.criterionId = criterionId;
            this.direction = direction;
            this.value = value;
            this.detail = detail;
        }
    }

    private static List<Step> steps(List<TieBreakCriterion> pliego, TieBreakMode mode) {
        List<Step> steps = new ArrayList<>();
        for (TieBreakCriterion c : pliego) {
            steps.add(new Step(TieBreakStep.PLIEGO_CRITERION, Optional.of(c.id()), c.direction(),
                b -> Optional.ofNullable(c.values().get(b.bid()))));
        }
        if (!mode.appliesStatutoryChain(pliego.size())) {
            return steps;
        }
        steps.add(new Step(TieBreakStep.DISABLED_WORKERS_PERCENTAGE, Optional.empty(), Direction.HIGHER_IS_BETTER,
            b -> percent(b.tieBreakData().disabledWorkersPercentage())));
        steps.add(new Step(TieBreakStep.PERMANENT_DISABLED_WORKERS, Optional.empty(), Direction.HIGHER_IS_BETTER,
            b -> b.tieBreakData().permanentDisabledOrInclusionWorkers().map(BigDecimal::valueOf),
            Ranking::disabledOrInclusionDetail));
        steps.add(new Step(TieBreakStep.TEMPORARY_CONTRACTS_PERCENTAGE, Optional.empty(),
            Direction.LOWER_IS_BETTER, b -> percent(b.tieBreakData().temporaryContractsPercentage())));
        steps.add(new Step(TieBreakStep.WOMEN_PERCENTAGE, Optional.empty(), Direction.HIGHER_IS_BETTER,
            b -> percent(b.tieBreakData().womenPercentage())));
        return steps;
    }

    /** How the second measure of art. 147.2.a was obtained: both counts, "not filed" for an absent one. */
    private static Optional<String> disabledOrInclusionDetail(RankingCandidate b) {
        TieBreakData d = b.tieBreakData();
        if (d.permanentDisabledOrInclusionWorkers().isEmpty()) {
            return Optional.empty();
        }
        String disabled = d.permanentDisabledWorkers().map(n -> n + " permanent workers with a disability")
            .orElse("permanent workers with a disability not filed (0)");
        String inclusion = d.inclusionWorkers().map(n -> n + " workers in inclusion")
            .orElse("workers in inclusion not filed (0)");
        return Optional.of(disabled + " + " + inclusion + " (LCSP art. 147.2.a)");
    }

    private static Optional<BigDecimal> percent(Optional<Percentage> p) {
        return p.map(Percentage::value);
    }

    /** Orders a group of bids with equal totals, sorted by bid id, from step {@code s} on. */
    private static List<RankingCandidate> resolve(List<RankingCandidate> group, List<Step> steps, int s,
            TieBreakMode mode, long seed, List<TieBreak> records) {
        if (group.size() < 2) {
            return group;
        }
        if (s == steps.size()) {
            return draw(group, mode, seed, records);
        }
        Step step = steps.get(s);
        Map<BidId, Optional<BigDecimal>> values = new HashMap<>();
        for (RankingCandidate c : group) {
            values.put(c.bid(), step.value.apply(c));
        }
        Comparator<Optional<BigDecimal>> better = (x, y) -> {
            if (x.isEmpty() || y.isEmpty()) {
                // A bidder that did not prove the datum cannot win on it (art. 147.2, last paragraph).
                return Boolean.compare(x.isEmpty(), y.isEmpty());
            }
            int c = x.get().compareTo(y.get());
            return step.direction == Direction.HIGHER_IS_BETTER ? -c : c;
        };
        List<RankingCandidate> byValue = new ArrayList<>(group);
        byValue.sort(Comparator.comparing((RankingCandidate c) -> values.get(c.bid()), better)
            .thenComparing(RankingCandidate::bid));
        Optional<BigDecimal> bestValue = values.get(byValue.get(0).bid());
        Optional<BigDecimal> worstValue = values.get(byValue.get(byValue.size() - 1).bid());
        if (better.compare(bestValue, worstValue) == 0) {
            return resolve(group, steps, s + 1, mode, seed, records);
        }
        List<TieBreakValue> compared = new ArrayList<>();
        for (RankingCandidate c : group) {
            ImmutableTieBreakValue.Builder value = ImmutableTieBreakValue.builder().bid(c.bid())
                .value(values.get(c.bid()).map(BigDecimal::toPlainString)).detail(step.detail.apply(c));
            if (step.kind == TieBreakStep.PERMANENT_DISABLED_WORKERS) {
                value.permanentDisabledWorkers(c.tieBreakData().permanentDisabledWorkers())
                    .inclusionWorkers(c.tieBreakData().inclusionWorkers());
            }
            compared.add(value.build());
        }
        records.add(TieBreak.builder().step(step.kind).mode(mode).criterionId(step.criterionId)
            .addAllValues(compared).build());
        List<RankingCandidate> out = new ArrayList<>();
        int i = 0;
        while (i < byValue.size()) {
            int j = i + 1;
            while (j < byValue.size()
                    && better.compare(values.get(byValue.get(j).bid()), values.get(byValue.get(i).bid())) == 0) {
                j++;
            }
            out.addAll(resolve(byValue.subList(i, j), steps, s + 1, mode, seed, records));
            i = j;
        }
        return out;
    }

    private static List<RankingCandidate> draw(List<RankingCandidate> group, TieBreakMode mode, long seed,
            List<TieBreak> records) {
        Map<BidId, String> keys = new HashMap<>();
        List<TieBreakValue> compared = new ArrayList<>();
        for (RankingCandidate c : group) {
            String key = drawKey(seed, c.bid());
            keys.put(c.bid(), key);
            compared.add(TieBreakValue.of(c.bid(), Optional.of(key)));
        }
        records.add(TieBreak.builder().step(TieBreakStep.DRAW).mode(mode).addAllValues(compared).build());
        List<RankingCandidate> out = new ArrayList<>(group);
        out.sort(Comparator.comparing((RankingCandidate c) -> keys.get(c.bid())).thenComparing(RankingCandidate::bid));
        return out;
    }
}
