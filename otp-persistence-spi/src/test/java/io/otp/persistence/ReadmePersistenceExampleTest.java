package io.otp.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.id.DepartmentId;
import io.otp.core.id.NeedId;
import io.otp.core.id.PersonId;
import io.otp.core.need.Need;
import io.otp.core.need.NeedCategory;
import io.otp.core.need.NeedStatus;
import io.otp.core.need.Urgency;
import io.otp.persistence.audit.AuditVerification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The persistence example of the README, kept compiling and true. */
class ReadmePersistenceExampleTest {

    @Test
    void theReadmePersistenceExampleSavesQueriesAndAudits() {
        Need need = Need.builder().id(NeedId.of("N-2026-014")).requestingDepartment(DepartmentId.of("D-URB"))
            .title("Licencias de obra en línea").description("Las licencias de obra se tramitan en papel.")
            .category(NeedCategory.DIGITAL_SERVICES).urgency(Urgency.HIGH).dateRaised(LocalDate.of(2026, 2, 3))
            .build();

        // README code from here
        try (PersistenceProvider store = PersistenceProviders.inMemory()) {
            Repository<Need, NeedId> needs = store.repository(Need.class);
            ChangeContext by = ChangeContext.of(PersonId.of("P-GARCIA"), Instant.parse("2026-02-03T10:00:00Z"),
                "need registered by the urban planning department");

            Stored<Need> saved = needs.save(need, 0, by);                         // version 1
            Stored<Need> analysed = needs.save(saved.value().startAnalysis(), saved.version(), by);   // version 2
            // saving from version 1 again throws VersionConflictException (expected 1, stored 2)

            List<Stored<Need>> underAnalysis = needs.find(Query.all()
                .status(NeedStatus.UNDER_ANALYSIS).department(DepartmentId.of("D-URB"))
                .dateBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)));

            AuditVerification check = store.auditTrail().verify();   // intact, or the first bad position
            // README code to here

            assertThat(saved.version()).isEqualTo(1);
            assertThat(analysed.version()).isEqualTo(2);
            assertThatThrownBy(() -> needs.save(saved.value(), 1, by)).isInstanceOf(VersionConflictException.class)
                .hasMessageContaining("expected version 1").hasMessageContaining("stored version is 2");
            assertThat(underAnalysis).containsExactly(analysed);
            assertThat(check.isIntact()).isTrue();
            assertThat(check.entries()).isEqualTo(2);
        }
    }
}
