package io.otp.scoring.priority;

import io.otp.core.id.DepartmentId;
import io.otp.core.id.NeedId;
import io.otp.core.id.PersonId;
import io.otp.core.money.Money;
import io.otp.core.need.Need;
import io.otp.core.need.NeedAssessment;
import io.otp.core.need.NeedCategory;
import io.otp.core.need.NeedStatus;
import io.otp.core.need.Rating;
import io.otp.core.need.Urgency;
import io.otp.core.project.EnsCategory;
import java.time.LocalDate;

/** Needs under analysis with an assessment, for the prioritisation tests. */
final class PriorityFixtures {

    private PriorityFixtures() {
    }

    static Need unassessed(String id) {
        return Need.builder().id(NeedId.of(id)).requestingDepartment(DepartmentId.of("D-1"))
            .title("Need " + id).description("What department D-1 needs").category(NeedCategory.NEW_SYSTEM)
            .urgency(Urgency.MEDIUM).dateRaised(LocalDate.of(2026, 1, 15)).status(NeedStatus.UNDER_ANALYSIS)
            .build();
    }

    static Need assessed(String id, int urgency, int alignment, String cost, int feasibility) {
        return assessed(id, urgency, alignment, Money.euros(cost), feasibility, 3, EnsCategory.BASIC);
    }

    static Need assessed(String id, int urgency, int alignment, Money cost, int feasibility, int legal,
            EnsCategory security) {
        NeedAssessment a = NeedAssessment.builder()
            .feasibility(Rating.of(feasibility, "feasibility of " + id))
            .estimatedCost(cost)
            .costRationale("market consultation")
            .strategicAlignment(Rating.of(alignment, "digital strategy"))
            .urgency(Rating.of(urgency, "deadline"))
            .legalImpact(Rating.of(legal, "legal duties"))
            .securityCategory(security)
            .securityRationale("systems concerned")
            .assessor(PersonId.of("P-1"))
            .date(LocalDate.of(2026, 2, 1))
            .build();
        return unassessed(id).assess(a);
    }
}
