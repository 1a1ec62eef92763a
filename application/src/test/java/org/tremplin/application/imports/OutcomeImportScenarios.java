package org.tremplin.application.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.error.ForbiddenException;
import org.tremplin.application.outcome.OutcomeRecordingService;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.outcome.Employer;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.school.School;

/** Importing employment outcomes, against the ports of the adapter that extends this. */
public abstract class OutcomeImportScenarios extends ImportScenarios {
    private static final LocalDate GRADUATION = LocalDate.of(2023, 6, 30);
    private School school;
    private Cohort cohort;
    private Learner graduate;
    private Learner otherGraduate;
    private Partner employer;

    @BeforeEach
    void graduatesOfASchoolAndAPartner() {
        school = data.savedSchool();
        cohort = data.savedCohort(school);
        graduate = ports.learners().save(data.graduate(cohort, GRADUATION));
        otherGraduate = ports.learners().save(data.graduate(cohort, GRADUATION));
        employer = data.savedPartner();
    }

    @Test
    void a_clean_file_is_written_whole_with_one_audit_entry_per_outcome() {
        ImportReport report = imports().importOutcomes(List.of(
                row(2, outcome(graduate, "2023-12-30", "job_seeking")),
                row(3, with(with(outcome(otherGraduate, "2023-12-30", "PERMANENT_CONTRACT"), "employer_name",
                        "Entreprise X"), "job_title", "Data analyst")),
                row(4, with(outcome(graduate, "2024-06-30", "fixed-term-6-months-or-more"), "employer_partner_id",
                        employer.id().toString()))), ImportMode.ALL_OR_NOTHING);

        assertThat(report).isEqualTo(new ImportReport(3, 3, List.of()));
        assertThat(ports.outcomes().ofLearner(graduate.id())).extracting(EmploymentOutcome::situation,
                EmploymentOutcome::employer).containsExactly(
                        tuple(Situation.JOB_SEEKING, Optional.empty()),
                        tuple(Situation.FIXED_TERM_6_MONTHS_OR_MORE, Optional.of(Employer.partner(employer.id()))));
        assertThat(ports.outcomes().ofLearner(otherGraduate.id())).singleElement().satisfies(outcome -> {
            assertThat(outcome.employer()).contains(Employer.named("Entreprise X"));
            assertThat(outcome.jobTitle()).contains("Data analyst");
        });
        assertThat(auditedActions()).containsExactly("outcome.recorded", "outcome.recorded", "outcome.recorded");
    }

    @Test
    void all_or_nothing_writes_nothing_when_one_row_is_bad() {
        ImportReport report = imports().importOutcomes(oneBadRowAmongGoodOnes(), ImportMode.ALL_OR_NOTHING);

        assertThat(report.rowsWritten()).isZero();
        assertThat(report.errors()).containsExactly(new RowError(3, Optional.empty(), ErrorCodes.EMPLOYER_REQUIRED,
                "an employer is required for PERMANENT_CONTRACT"));
        assertThat(ports.outcomes().count()).isZero();
        assertThat(auditedActions()).isEmpty();
    }

    @Test
    void valid_rows_only_writes_the_good_rows_and_reports_the_bad_one() {
        ImportReport report = imports().importOutcomes(oneBadRowAmongGoodOnes(), ImportMode.VALID_ROWS_ONLY);

        assertThat(report.rowsWritten()).isEqualTo(2);
        assertThat(report.errors()).extracting(RowError::line).containsExactly(3);
        assertThat(ports.outcomes().count()).isEqualTo(2);
        assertThat(auditedActions()).hasSize(2);
    }

    @Test
    void validate_only_reports_and_writes_nothing() {
        ImportReport report = imports().importOutcomes(oneBadRowAmongGoodOnes(), ImportMode.VALIDATE_ONLY);

        assertThat(report.rowsRead()).isEqualTo(3);
        assertThat(report.rowsWritten()).isZero();
        assertThat(report.errors()).extracting(RowError::line).containsExactly(3);
        assertThat(ports.outcomes().count()).isZero();
    }

    @Test
    void the_rules_of_recording_an_outcome_are_checked_row_by_row() {
        Learner stillInTraining = ports.learners().save(data.learner(cohort, "Encore"));

        ImportReport report = imports().importOutcomes(List.of(
                row(2, outcome(stillInTraining, "2023-12-30", "JOB_SEEKING")),
                row(3, outcome(graduate, "2023-06-01", "JOB_SEEKING")),
                row(4, with(outcome(otherGraduate, "2023-12-30", "INACTIVE"), "job_title", "Data analyst")),
                row(5, with(outcome(otherGraduate, "2024-01-30", "UNKNOWN"), "learner_id",
                        "00000000-0000-0000-0000-000000000001")),
                row(6, with(outcome(otherGraduate, "2024-02-28", "PERMANENT_CONTRACT"), "employer_partner_id",
                        "00000000-0000-0000-0000-000000000002"))), ImportMode.VALIDATE_ONLY);

        assertThat(report.errors()).extracting(RowError::line, error -> error.column().orElse(""), RowError::code)
                .containsExactly(
                        tuple(2, "learner_id", ErrorCodes.LEARNER_NOT_LEFT),
                        tuple(3, "observed_on", ErrorCodes.DATE_ORDER),
                        tuple(4, "job_title", ErrorCodes.EMPLOYER_NOT_APPLICABLE),
                        tuple(5, "learner_id", "learner.not-found"),
                        tuple(6, "employer_partner_id", "partner.not-found"));
    }

    @Test
    void dates_are_read_as_french_excel_writes_them_too() {
        ImportReport report = imports().importOutcomes(List.of(row(2, outcome(graduate, "30/12/2023", "JOB_SEEKING"))),
                ImportMode.ALL_OR_NOTHING);

        assertThat(report.clean()).isTrue();
        assertThat(ports.outcomes().ofLearner(graduate.id())).extracting(EmploymentOutcome::observedOn)
                .containsExactly(LocalDate.of(2023, 12, 30));
    }

    @Test
    void a_caller_who_may_not_write_outcomes_is_refused_before_any_row_is_read() {
        actor = networkWide(Permission.READ_OUTCOMES);

        assertThatThrownBy(() -> imports().importOutcomes(List.of(row(2, outcome(graduate, "2023-12-30",
                "JOB_SEEKING"))), ImportMode.ALL_OR_NOTHING)).isInstanceOfSatisfying(ForbiddenException.class,
                        refused -> assertThat(refused.code()).isEqualTo("access.permission-missing"));
        assertThat(ports.outcomes().count()).isZero();
    }

    @Test
    void a_learner_of_another_school_is_a_row_error() {
        Learner elsewhere = ports.learners().save(data.graduate(data.savedCohort(), GRADUATION));
        actor = scopedTo(school.id(), Permission.WRITE_OUTCOMES);

        ImportReport report = imports().importOutcomes(List.of(row(2, outcome(graduate, "2023-12-30", "JOB_SEEKING")),
                row(3, outcome(elsewhere, "2023-12-30", "JOB_SEEKING"))), ImportMode.VALID_ROWS_ONLY);

        assertThat(report.rowsWritten()).isEqualTo(1);
        assertThat(report.errors()).extracting(RowError::line, error -> error.column().orElseThrow(), RowError::code)
                .containsExactly(tuple(3, "learner_id", "access.school-out-of-scope"));
        assertThat(ports.outcomes().ofLearner(elsewhere.id())).isEmpty();
    }

    @Test
    void an_unknown_or_a_missing_column_is_reported_on_line_1_and_nothing_is_written() {
        ImportReport report = imports().importOutcomes(List.of(
                row(2, with(outcome(graduate, "2023-12-30", "JOB_SEEKING"), "salary", "2000")),
                row(3, with(outcome(otherGraduate, "2023-12-30", "JOB_SEEKING"), "situation", null))),
                ImportMode.VALID_ROWS_ONLY);

        assertThat(report.rowsWritten()).isZero();
        assertThat(report.errors()).extracting(RowError::line, error -> error.column().orElseThrow(), RowError::code)
                .containsExactly(tuple(1, "salary", ErrorCodes.IMPORT_COLUMN_UNKNOWN));
        assertThat(ports.outcomes().count()).isZero();
    }

    @Test
    void the_same_learner_and_day_twice_in_the_file_refuses_both_rows() {
        ImportReport report = imports().importOutcomes(List.of(
                row(2, outcome(graduate, "2023-12-30", "JOB_SEEKING")),
                row(3, outcome(otherGraduate, "2023-12-30", "JOB_SEEKING")),
                row(4, outcome(graduate, "30/12/2023", "INACTIVE"))), ImportMode.VALID_ROWS_ONLY);

        assertThat(report.rowsWritten()).isEqualTo(1);
        assertThat(report.errors()).containsExactly(
                new RowError(2, Optional.of("observed_on"), ErrorCodes.IMPORT_DUPLICATE_IN_FILE,
                        "the same learner and observation date is also on line 4"),
                new RowError(4, Optional.of("observed_on"), ErrorCodes.IMPORT_DUPLICATE_IN_FILE,
                        "the same learner and observation date is also on line 2"));
    }

    @Test
    void importing_the_same_file_twice_records_nothing_twice() {
        List<ImportRow> rows = List.of(row(2, outcome(graduate, "2023-12-30", "JOB_SEEKING")));
        imports().importOutcomes(rows, ImportMode.ALL_OR_NOTHING);

        ImportReport again = imports().importOutcomes(rows, ImportMode.ALL_OR_NOTHING);

        assertThat(again.rowsWritten()).isZero();
        assertThat(again.errors()).extracting(RowError::line, error -> error.column().orElseThrow(), RowError::code)
                .containsExactly(tuple(2, "observed_on", ErrorCodes.IMPORT_ALREADY_RECORDED));
        assertThat(ports.outcomes().count()).isEqualTo(1);
    }

    @Test
    void a_file_with_a_header_only_is_an_empty_report() {
        assertThat(imports().importOutcomes(List.of(), ImportMode.VALID_ROWS_ONLY))
                .isEqualTo(new ImportReport(0, 0, List.of()));
    }

    private List<ImportRow> oneBadRowAmongGoodOnes() {
        return List.of(row(2, outcome(graduate, "2023-12-30", "JOB_SEEKING")),
                row(3, outcome(otherGraduate, "2023-12-30", "PERMANENT_CONTRACT")),
                row(4, outcome(graduate, "2024-06-30", "FURTHER_STUDIES")));
    }

    private static Map<String, String> outcome(Learner learner, String observedOn, String situation) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("learner_id", learner.id().toString());
        values.put("observed_on", observedOn);
        values.put("situation", situation);
        return values;
    }

    private OutcomeImport imports() {
        var support = support();
        return new OutcomeImportService(new OutcomeRecordingService(ports.outcomes(), ports.learners(), ports.partners(),
                support), ports.outcomes(), ports.learners(), ports.partners(), support, PLAIN_COMMAS);
    }
}
