package io.otp.core.funding;

import io.otp.core.NullValueException;
import io.otp.core.Violation;
import io.otp.core.classification.CpvCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Matches a project's or need's {@link FundingProfile} against funding calls.
 *
 * <p>Hard filters come first; a call fails when, on the profile's date, it is not open, does not
 * admit the beneficiary kind, does not cover the region, funds no CPV division of the profile, or
 * the requested amount is outside its minimum and maximum grant (or in another currency). Each
 * failed filter is reported as a {@link Violation} naming the profile field.
 *
 * <p>A call that passes every filter gets a fit score of 0 to 100 with a reason per component:
 * sector fit (40 when a profile code lies under one of the call's codes, 20 when only the division
 * matches or the call funds every sector), regional targeting (20 when the call is restricted to
 * regions covering the profile's, 10 when open to all regions), co-financing (up to 30, in
 * proportion to the rate) and time to prepare the application (10 when the call closes at least
 * {@value #COMFORTABLE_DAYS} days after the profile's date).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CallMatcher {

    /** Days before the closing date considered enough to prepare an application. */
    public static final int COMFORTABLE_DAYS = 30;

    private CallMatcher() {
    }

    /**
     * Matches a profile against one call.
     *
     * @param profile the profile; not null
     * @param call the call; not null
     * @return the match, not null
     * @throws NullValueException if an argument is null
     */
    public static FundingMatch match(FundingProfile profile, FundingCall call) {
        if (profile == null) {
            throw new NullValueException("profile");
        }
        if (call == null) {
            throw new NullValueException("call");
        }
        List<Violation> failed = filters(profile, call);
        return failed.isEmpty() ? scored(profile, call) : new FundingMatch(call, failed, 0, List.of());
    }

    /**
     * Matches a profile against calls.
     *
     * @param profile the profile; not null
     * @param calls the calls; not null, without null elements
     * @return an unmodifiable list of one match per call: eligible ones first by descending score, then
     *     the others, each group in the order of the calls given; not null
     * @throws NullValueException if an argument or a call is null
     */
    public static List<FundingMatch> matchAll(FundingProfile profile, Collection<FundingCall> calls) {
        if (calls == null) {
            throw new NullValueException("calls");
        }
        List<FundingMatch> out = new ArrayList<>();
        for (FundingCall call : calls) {
            out.add(match(profile, call));
        }
        out.sort(Comparator.comparing((FundingMatch m) -> !m.isEligible())
            .thenComparing(Comparator.comparingInt(FundingMatch::score).reversed()));
        return List.copyOf(out);
    }

    /**
     * The calls a profile is eligible for, best fit first.
     *
     * @param profile the profile; not null
     * @param calls the calls; not null, without null elements
     * @return an unmodifiable list of the eligible matches by descending score; not null
     * @throws NullValueException if an argument or a call is null
     */
    public static List<FundingMatch> eligible(FundingProfile profile, Collection<FundingCall> calls) {
        return matchAll(profile, calls).stream().filter(FundingMatch::isEligible).toList();
    }

    private static List<Violation> filters(FundingProfile p, FundingCall c) {
        List<Violation> failed = new ArrayList<>();
        switch (c.statusOn(p.date())) {
            case FORECAST -> failed.add(Violation.of("date", "OTP-FUNDING-MATCH-DATE",
                "io.otp.core.funding.match.notOpen", "call", c.id(), "value", c.openingDate()));
            case CLOSED -> failed.add(Violation.of("date", "OTP-FUNDING-MATCH-DATE",
                "io.otp.core.funding.match.closed", "call", c.id(), "value", c.closingDate()));
            default -> { }
        }
        if (!c.admits(p.beneficiaryKind())) {
            failed.add(Violation.of("beneficiaryKind", "OTP-FUNDING-MATCH-BENEFICIARY",
                "io.otp.core.funding.match.beneficiary", "call", c.id(), "value", p.beneficiaryKind()));
        }
        if (!c.covers(p.region())) {
            failed.add(Violation.of("region", "OTP-FUNDING-MATCH-REGION", "io.otp.core.funding.match.region",
                "call", c.id(), "value", p.region()));
        }
        if (!c.cpvCodes().isEmpty() && sectorFit(p, c) == 0) {
            failed.add(Violation.of("cpvCodes", "OTP-FUNDING-MATCH-SECTOR", "io.otp.core.funding.match.sector",
                "call", c.id(), "value", p.cpvCodes()));
        }
        checkAmount(p, c, failed);
        return failed;
    }

    private static void checkAmount(FundingProfile p, FundingCall c, List<Violation> failed) {
        if (!p.requestedAmount().currency().equals(c.maximumGrant().currency())) {
            failed.add(Violation.of("requestedAmount", "OTP-FUNDING-MATCH-AMOUNT", "io.otp.core.funding.currency",
                "value", p.requestedAmount(), "expected", c.maximumGrant().currency()));
        } else if (p.requestedAmount().isLessThan(c.minimumGrant())) {
            failed.add(Violation.of("requestedAmount", "OTP-FUNDING-MATCH-AMOUNT",
                "io.otp.core.funding.match.belowMinimum", "call", c.id(), "value", p.requestedAmount(),
                "min", c.minimumGrant()));
        } else if (p.requestedAmount().isGreaterThan(c.maximumGrant())) {
            failed.add(Violation.of("requestedAmount", "OTP-FUNDING-MATCH-AMOUNT",
                "io.otp.core.funding.match.aboveMaximum", "call", c.id(), "value", p.requestedAmount(),
                "max", c.maximumGrant()));
        }
    }

    /** 2 when a profile code lies under a call code, 1 when only a division matches, 0 otherwise. */
    private static int sectorFit(FundingProfile p, FundingCall c) {
        int best = 0;
        for (CpvCode mine : p.cpvCodes()) {
            for (CpvCode funded : c.cpvCodes()) {
                if (mine.isWithin(funded)) {
                    return 2;
                }
                if (mine.division().equals(funded.division())) {
                    best = 1;
                }
            }
        }
        return best;
    }

    private static FundingMatch scored(FundingProfile p, FundingCall c) {
        List<String> reasons = new ArrayList<>();
        int score = 0;
        if (c.cpvCodes().isEmpty()) {
            score += 20;
            reasons.add("sector +20: the call funds every sector");
        } else if (sectorFit(p, c) == 2) {
            score += 40;
            reasons.add("sector +40: a CPV code of the project lies under one of the call's codes");
        } else {
            score += 20;
            reasons.add("sector +20: only the CPV division matches the call's codes");
        }
        if (c.regions().isEmpty()) {
            score += 10;
            reasons.add("region +10: the call is open to every region");
        } else {
            score += 20;
            reasons.add("region +20: the call targets regions covering " + p.region());
        }
        int rate = c.coFinancingRate().value().multiply(BigDecimal.valueOf(30))
            .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).intValue();
        score += rate;
        reasons.add("co-financing +" + rate + ": the call pays " + c.coFinancingRate() + " of eligible costs");
        long days = ChronoUnit.DAYS.between(p.date(), c.closingDate());
        if (days >= COMFORTABLE_DAYS) {
            score += 10;
            reasons.add("time +10: the call closes in " + days + " days");
        } else {
            reasons.add("time +0: the call closes in " + days + " days, less than " + COMFORTABLE_DAYS);
        }
        return new FundingMatch(c, List.of(), score, reasons);
    }
}
