package io.otp.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.ValidationException;
import io.otp.core.id.EvaluationId;
import io.otp.core.id.LotId;
import io.otp.core.id.TenderId;
import io.otp.core.need.Need;
import io.otp.core.tender.Tender;
import io.otp.core.testing.IdGenerators;
import io.otp.core.testing.ModelGenerators;
import io.otp.core.testing.NeedGenerators;
import io.otp.core.testing.ProjectGenerators;
import io.otp.core.testing.TenderGenerators;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AggregateTest {

    @Test
    void typeNamesAreLowerCaseWordsJoinedByHyphens() {
        assertThat(Aggregate.typeName(Need.class)).isEqualTo("need");
        assertThat(Aggregate.typeName(EvaluationId.class)).isEqualTo("evaluation-id");
        assertThat(Aggregate.typeName(Tender.class)).isEqualTo("tender");
    }

    @Test
    void needsAreFoundByStatusDepartmentProjectAndDateRaised() {
        qt().withExamples(100).forAll(NeedGenerators.needs()).checkAssert(n -> {
            assertThat(n.queryValues()).containsEntry(Aggregate.STATUS, n.status().name())
                .containsEntry(Aggregate.DEPARTMENT, n.requestingDepartment().value())
                .containsEntry(Aggregate.DATE, n.dateRaised().toString());
            assertThat(n.queryValues().containsKey(Aggregate.PROJECT)).isEqualTo(n.projectId().isPresent());
            assertThat(LocalDate.parse(n.queryValues().get(Aggregate.DATE))).isEqualTo(n.dateRaised());
        });
    }

    @Test
    void projectsAreFoundByStatusAndOwnerDepartment() {
        qt().withExamples(100).forAll(ProjectGenerators.projects()).checkAssert(p -> {
            assertThat(p.queryValues()).containsEntry(Aggregate.STATUS, p.status().name())
                .containsEntry(Aggregate.DEPARTMENT, p.ownerDepartment().value())
                .containsEntry(Aggregate.PROJECT, p.id().value());
            assertThat(p.queryValues().containsKey(Aggregate.DATE)).isEqualTo(p.plannedPeriod().isPresent());
        });
    }

    @Test
    void tendersAreFoundByStatusAuthorityAndProject() {
        qt().withExamples(50).forAll(TenderGenerators.validTenders()).checkAssert(t -> {
            assertThat(t.queryValues()).containsEntry(Aggregate.STATUS, t.status().name())
                .containsEntry(Aggregate.TENDER, t.id().value())
                .containsEntry(Aggregate.ORGANISATION, t.contractingAuthority().value());
            assertThat(t.queryValues().containsKey(Aggregate.PROJECT)).isEqualTo(t.project().isPresent());
        });
    }

    @Test
    void bidsAreFoundByTenderLotBidderAndUtcDayOfSubmission() {
        qt().withExamples(100).forAll(ModelGenerators.bids()).checkAssert(b -> {
            assertThat(b.queryValues()).containsEntry(Aggregate.TENDER, b.tender().value())
                .containsEntry(Aggregate.LOT, b.lot().value())
                .containsEntry(Aggregate.ORGANISATION, b.bidder().value())
                .containsEntry(Aggregate.DATE, b.submittedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        });
    }

    @Test
    void queryValuesCannotBeChanged() {
        qt().withExamples(10).forAll(NeedGenerators.needs()).checkAssert(n ->
            assertThatThrownBy(() -> n.queryValues().put("x", "y")).isInstanceOf(UnsupportedOperationException.class));
    }

    @Test
    void anEvaluationIsIdentifiedByItsTenderAndLot() {
        assertThat(EvaluationId.of(TenderId.of("2026/EXP-0042"), LotId.of("L1")))
            .isEqualTo(EvaluationId.of("2026/EXP-0042#L1"));
        qt().forAll(IdGenerators.validIdTexts().map(t -> t.substring(0, Math.min(t.length(), 49))),
                IdGenerators.validIdTexts().map(t -> t.substring(0, Math.min(t.length(), 50))))
            .checkAssert((t, l) -> assertThat(EvaluationId.of(TenderId.of(t), LotId.of(l)).value())
                .isEqualTo(t + "#" + l));
        assertThatThrownBy(() -> EvaluationId.of(TenderId.of("T".repeat(60)), LotId.of("L".repeat(60))))
            .isInstanceOf(ValidationException.class).hasMessageContaining("evaluationId");
    }
}
