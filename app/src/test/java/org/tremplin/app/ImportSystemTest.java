package org.tremplin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.app.UseCaseSteps.programmeNamed;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tremplin.application.cohort.CohortDetails;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.imports.ImportMode;
import org.tremplin.application.imports.ImportReport;
import org.tremplin.application.imports.ImportRow;
import org.tremplin.application.imports.LearnerImport;
import org.tremplin.application.imports.OutcomeImport;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.port.in.LearnerFilter;
import org.tremplin.application.port.in.LearnerSortKey;
import org.tremplin.application.school.SchoolDetails;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.school.Region;

/** The imports as the application wires them: their ports are beans, and a file lands through the use cases. */
@MicronautTest
@Property(name = "tremplin.demo-data.enabled", value = "false")
class ImportSystemTest {
    @Inject
    UseCaseSteps steps;
    @Inject
    LearnerAdministration learners;
    @Inject
    LearnerImport learnerImport;
    @Inject
    OutcomeImport outcomeImport;

    @Test
    void a_file_of_learners_is_enrolled_through_the_wired_use_cases() {
        var school = steps.planSchool(new SchoolDetails("École IA import", "Nîmes", Region.OCCITANIE, "30"));
        Cohort cohort = steps.openCohort(school, programmeNamed("Data IA import"),
                new CohortDetails("Promo import", LocalDate.of(2022, 10, 3), 24));
        ImportRow row = new ImportRow(2, Map.of("cohort_id", cohort.id().toString(), "given_name", "Awa",
                "family_name", "Diallo", "email", "import" + System.nanoTime() + "@exemple.invalid",
                "enrolled_on", "03/10/2022", "gender", "WOMAN", "date_of_birth", "12/05/1999",
                "priority_neighbourhood", "non", "highest_diploma", "BAC"));

        ImportReport report = steps.asAdmin(() -> learnerImport.importLearners(List.of(row), ImportMode.ALL_OR_NOTHING));

        assertThat(report).isEqualTo(new ImportReport(1, 1, List.of()));
        var enrolled = steps.asAdmin(() -> learners.list(new LearnerFilter(Optional.empty(), Optional.of(cohort.id()),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                Sort.ascending(LearnerSortKey.FAMILY_NAME), PageRequest.first(10)));
        assertThat(enrolled.items()).hasSize(1);
        assertThat(outcomeImport.outcomeColumns()).startsWith("learner_id", "observed_on", "situation");
    }
}
