package io.otp.scoring.evaluation;

import static io.otp.core.testing.ViolationAssertions.assertMessagesInBothLanguages;
import static io.otp.scoring.evaluation.EvaluationWorkedExampleTest.COMMITTEE;
import static io.otp.scoring.evaluation.EvaluationWorkedExampleTest.L1;
import static io.otp.scoring.evaluation.EvaluationWorkedExampleTest.TENDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.PersonId;
import io.otp.core.json.OtpJson;
import io.otp.core.tender.ConflictOfInterestRegime;
import io.otp.core.tender.Tender;
import io.otp.scoring.committee.ConflictOfInterestDeclaration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The committee's declarations of absence of conflict of interest through the evaluation: the PRTR DACI
 * (Orden HFP/1030/2021, Orden HFP/55/2023) for a PRTR-funded tender, LCSP art. 64 otherwise, and a
 * declaration signed after the day of the scoring it covers refused. The scores are recorded on 4 May 2026
 * at 09:00 UTC, 11:00 in Madrid.
 */
class EvaluationConflictOfInterestTest {

    private static final OtpJson JSON = OtpJson.standard();
    private static final Attribution SCORING = Attribution.of(PersonId.of("SECRETARY"),
        Instant.parse("2026-05-04T09:00:00Z"));

    /** The worked example's tender, funded by the PRTR or not. */
    private static Tender tender(boolean prtr) {
        Tender t = EvaluationWorkedExampleTest.tender();
        return Tender.builder().id(t.id()).title(t.title()).contractingAuthority(t.contractingAuthority())
            .contractType(t.contractType()).procedure(t.procedure()).estimatedValue(t.estimatedValue())
            .addAllCpvCodes(t.cpvCodes()).addAllLots(t.lots()).prtrFunded(prtr).build();
    }

    /** P1 and P2 signed on 30 April 2026; P3 on the given day. */
    private static EvaluationSettings settings(String p3Signed) {
        List<ConflictOfInterestDeclaration> d = new ArrayList<>();
        for (PersonId p : COMMITTEE) {
            d.add(ConflictOfInterestDeclaration.builder().person(p).tender(TENDER)
                .signed(LocalDate.parse(p.value().equals("P3") ? p3Signed : "2026-04-30")).build());
        }
        return EvaluationSettings.builder().addAllCommittee(COMMITTEE).addAllDeclarations(d).build();
    }

    private static Evaluation registered(boolean prtr, EvaluationSettings settings) {
        return Evaluation.start(tender(prtr), L1, settings, SCORING)
            .registerBid(EvaluationFixtures.bid("B1", "A58818501", "80000.00"), SCORING)
            .registerBid(EvaluationFixtures.bid("B2", "B12345674", "90000.00"), SCORING);
    }

    private static ValidationException refused(ThrowingCallable call) {
        ValidationException x = catchThrowableOfType(ValidationException.class, call);
        assertThat(x).as("expected a ValidationException").isNotNull();
        assertMessagesInBothLanguages(x);
        return x;
    }

    @Test
    void theRegimeIsTakenFromTheTenderAndRecordedWhenTheEvaluationStarts() {
        Evaluation prtr = registered(true, settings("2026-04-30"));
        Evaluation other = registered(false, settings("2026-04-30"));
        assertThat(prtr.conflictOfInterestRegime()).isEqualTo(ConflictOfInterestRegime.PRTR_DACI);
        assertThat(other.conflictOfInterestRegime()).isEqualTo(ConflictOfInterestRegime.LCSP_64);
        assertThat(prtr.history().get(0).details()).containsEntry("conflictOfInterestRule", "HFP-1030/2021-DACI");
        assertThat(other.history().get(0).details()).containsEntry("conflictOfInterestRule", "LCSP-64");
    }

    @Test
    void aPrtrFundedTendersMemberWithoutADaciCannotScore() {
        EvaluationSettings noP3 = EvaluationSettings.builder().addAllCommittee(COMMITTEE)
            .addAllDeclarations(EvaluationFixtures.dacis(List.of(PersonId.of("P1"), PersonId.of("P2")))).build();
        Evaluation e = registered(true, noP3);
        String before = JSON.write(e);

        ValidationException x = refused(() -> e.recordScores(EvaluationFixtures.scores("B1", 30, 32, 34), SCORING));

        // the third score is P3's
        assertThat(x.violations()).extracting(Violation::path, Violation::ruleId)
            .containsExactly(tuple("scores[2].evaluator", "HFP-1030/2021-DACI"));
        assertThat(x.violations().get(0).message()).contains("P3", "(DACI)", "funded by the PRTR",
            "Orden HFP/1030/2021", "Orden HFP/55/2023");
        assertThat(JSON.write(e)).isEqualTo(before);
    }

    @Test
    void anotherTendersMemberWithoutADeclarationBreaksLcsp64() {
        EvaluationSettings noP3 = EvaluationSettings.builder().addAllCommittee(COMMITTEE)
            .addAllDeclarations(EvaluationFixtures.dacis(List.of(PersonId.of("P1"), PersonId.of("P2")))).build();
        Evaluation e = registered(false, noP3);

        ValidationException x = refused(() -> e.recordScores(EvaluationFixtures.scores("B1", 30, 32, 34), SCORING));

        assertThat(x.violations()).extracting(Violation::path, Violation::ruleId)
            .containsExactly(tuple("scores[2].evaluator", "LCSP-64"));
        assertThat(x.violations().get(0).message()).contains("P3", "(LCSP art. 64)").doesNotContain("HFP");
    }

    @Test
    void aDeclarationSignedTheDayAfterTheScoringIsRefused() {
        // scored on 4 May 2026 (11:00 in Madrid); P3 signed on 5 May 2026
        Evaluation e = registered(true, settings("2026-05-05"));
        String before = JSON.write(e);
        List<io.otp.scoring.committee.EvaluatorScore> both = new ArrayList<>(EvaluationFixtures.scores("B1", 30, 32, 34));
        both.addAll(EvaluationFixtures.scores("B2", 36, 36, 36));

        ValidationException x = refused(() -> e.recordScores(both, SCORING));

        // P3 scores twice (scores[2] and scores[5]); its late declaration is reported once
        assertThat(x.violations()).extracting(Violation::path, Violation::ruleId)
            .containsExactly(tuple("settings.declarations[2].signed", "HFP-1030/2021-DACI"));
        assertThat(x.violations().get(0).arguments()).containsEntry("person", "P3")
            .containsEntry("value", "2026-05-05").containsEntry("scoredOn", "2026-05-04");
        assertThat(JSON.write(e)).isEqualTo(before);
        assertThat(e.recordedScores()).isEmpty();

        ValidationException lcsp = refused(() -> registered(false, settings("2026-05-05"))
            .recordScores(EvaluationFixtures.scores("B1", 30, 32, 34), SCORING));
        assertThat(lcsp.violations()).extracting(Violation::path, Violation::ruleId)
            .containsExactly(tuple("settings.declarations[2].signed", "LCSP-64"));
    }

    @Test
    void aDeclarationSignedOnTheDayOfTheScoringIsAcceptedAndTheScoresSeal() {
        Evaluation e = registered(true, settings("2026-05-04"))
            .recordScores(EvaluationFixtures.scores("B1", 30, 32, 34), SCORING)
            .recordScores(EvaluationFixtures.scores("B2", 36, 36, 36), SCORING)
            .sealValueJudgment(SCORING);
        assertThat(e.phase()).isEqualTo(EvaluationPhase.VALUE_JUDGMENT_SEALED);
        assertThat(e.valueJudgment().orElseThrow().scores()).hasSize(2);
    }

    @Test
    void theScoringDayIsMadridsNotUtcs() {
        // 4 May 2026 22:30 UTC is 00:30 on 5 May in Madrid (CEST): a declaration signed on 5 May covers it
        Attribution lateEvening = Attribution.of(PersonId.of("SECRETARY"), Instant.parse("2026-05-04T22:30:00Z"));
        Evaluation e = Evaluation.start(tender(true), L1, settings("2026-05-05"), SCORING)
            .registerBid(EvaluationFixtures.bid("B1", "A58818501", "80000.00"), SCORING)
            .recordScores(EvaluationFixtures.scores("B1", 30, 32, 34), lateEvening);
        assertThat(e.recordedScores()).hasSize(3);
    }

    @Test
    void evaluationsWrittenBeforeTheRegimeExistedReadAsLcsp64() {
        Evaluation prtr = registered(true, settings("2026-04-30"));
        String text = JSON.write(prtr);
        assertThat(text).contains("\"conflictOfInterestRegime\":\"PRTR_DACI\"");
        assertThat(JSON.read(text, Evaluation.class)).isEqualTo(prtr);
        String old = text.replace(",\"conflictOfInterestRegime\":\"PRTR_DACI\"", "")
            .replace("\"conflictOfInterestRegime\":\"PRTR_DACI\",", "");
        assertThat(old).doesNotContain("conflictOfInterestRegime");
        assertThat(JSON.read(old, Evaluation.class).conflictOfInterestRegime())
            .isEqualTo(ConflictOfInterestRegime.LCSP_64);
    }
}
