package org.tremplin.application.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.error.ForbiddenException;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.learner.LearnerAdministrationService;
import org.tremplin.application.port.in.LearnerFilter;
import org.tremplin.application.port.in.LearnerSortKey;
import org.tremplin.application.port.out.Learners;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.person.Diploma;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.Gender;
import org.tremplin.domain.school.School;
import org.tremplin.domain.shared.EmailAddress;

/** Importing learners, against the ports of the adapter that extends this. */
public abstract class LearnerImportScenarios extends ImportScenarios {
    private School school;
    private Cohort cohort;

    @BeforeEach
    void aSchoolWithACohort() {
        school = data.savedSchool();
        cohort = data.savedCohort(school);
    }

    @Test
    void a_clean_file_is_written_whole_with_one_audit_entry_per_learner() {
        ImportReport report = imports().importLearners(List.of(row(2, learner("awa@example.org")),
                row(3, learner("bilal@example.org")), row(4, learner("chloe@example.org"))), ImportMode.ALL_OR_NOTHING);

        assertThat(report).isEqualTo(new ImportReport(3, 3, List.of()));
        assertThat(report.written()).isTrue();
        assertThat(report.clean()).isTrue();
        assertThat(ports.learners().count()).isEqualTo(3);
        assertThat(auditedActions()).containsExactly("learner.enrolled", "learner.enrolled", "learner.enrolled");
    }

    @Test
    void all_or_nothing_writes_nothing_when_one_row_is_bad() {
        ImportReport report = imports().importLearners(oneBadRowAmongGoodOnes(), ImportMode.ALL_OR_NOTHING);

        assertThat(report.rowsRead()).isEqualTo(3);
        assertThat(report.rowsWritten()).isZero();
        assertThat(report.written()).isFalse();
        assertThat(report.errors()).containsExactly(new RowError(3, Optional.of("email"), ErrorCodes.EMAIL_FORMAT,
                "email is not an e-mail address"));
        assertThat(ports.learners().count()).isZero();
        assertThat(auditedActions()).isEmpty();
    }

    @Test
    void valid_rows_only_writes_the_good_rows_and_reports_the_bad_one() {
        ImportReport report = imports().importLearners(oneBadRowAmongGoodOnes(), ImportMode.VALID_ROWS_ONLY);

        assertThat(report.rowsWritten()).isEqualTo(2);
        assertThat(report.errors()).extracting(RowError::line, RowError::code).containsExactly(
                tuple(3, ErrorCodes.EMAIL_FORMAT));
        assertThat(ports.learners().count()).isEqualTo(2);
        assertThat(auditedActions()).hasSize(2);
    }

    @Test
    void validate_only_reports_and_writes_nothing() {
        ImportReport bad = imports().importLearners(oneBadRowAmongGoodOnes(), ImportMode.VALIDATE_ONLY);
        ImportReport clean = imports().importLearners(List.of(row(2, learner("awa@example.org"))),
                ImportMode.VALIDATE_ONLY);

        assertThat(bad.rowsWritten()).isZero();
        assertThat(bad.errors()).extracting(RowError::line).containsExactly(3);
        assertThat(clean).isEqualTo(new ImportReport(1, 0, List.of()));
        assertThat(clean.clean()).isTrue();
        assertThat(clean.written()).isFalse();
        assertThat(ports.learners().count()).isZero();
    }

    @Test
    void a_file_is_read_then_imported_with_its_line_numbers() {
        Map<String, String> values = learner("awa@example.org");
        String file = String.join(",", values.keySet()) + "\n" + String.join(",", values.values()) + "\n"
                + String.join(",", with(values, "email", "not-an-address").values()) + "\n";

        FileImportReport report = imports().importFile(file.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ImportMode.VALID_ROWS_ONLY);

        assertThat(report.encoding()).isEqualTo("UTF-8");
        assertThat(report.separator()).isEqualTo(',');
        assertThat(report.report().rowsWritten()).isEqualTo(1);
        assertThat(report.report().errors()).extracting(RowError::line, error -> error.column().orElseThrow())
                .containsExactly(tuple(3, "email"));
        assertThat(ports.learners().count()).isEqualTo(1);
    }

    @Test
    void a_header_alone_is_checked_for_unknown_and_missing_columns() {
        String header = "cohort_id,given_name,family_name,e_mail,enrolled_on,gender,date_of_birth,"
                + "priority_neighbourhood,highest_diploma\n";

        FileImportReport report = imports().importFile(header.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ImportMode.VALIDATE_ONLY);
        FileImportReport template = imports().importFile(
                (String.join(",", imports().learnerColumns()) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ImportMode.VALIDATE_ONLY);

        assertThat(report.report().errors()).extracting(error -> error.column().orElseThrow(), RowError::code)
                .containsExactly(tuple("e_mail", ErrorCodes.IMPORT_COLUMN_UNKNOWN),
                        tuple("email", ErrorCodes.IMPORT_COLUMN_MISSING));
        assertThat(template.report()).isEqualTo(new ImportReport(0, 0, List.of()));
    }

    @Test
    void every_bad_value_of_a_row_is_reported_on_its_column() {
        Map<String, String> values = learner("awa@example.org");
        values = with(values, "gender", "femme");
        values = with(values, "date_of_birth", "1999-13-01");
        values = with(values, "family_name", null);
        values = with(values, "priority_neighbourhood", "peut-être");
        values = with(values, "cohort_id", "not-an-id");

        ImportReport report = imports().importLearners(List.of(row(2, values), row(3, learner("bilal@example.org"))),
                ImportMode.VALID_ROWS_ONLY);

        assertThat(report.rowsWritten()).isEqualTo(1);
        assertThat(report.errors()).extracting(error -> error.column().orElseThrow(), RowError::code)
                .containsExactlyInAnyOrder(
                        tuple("cohort_id", ErrorCodes.BAD_FORMAT),
                        tuple("gender", ErrorCodes.BAD_FORMAT),
                        tuple("date_of_birth", ErrorCodes.BAD_FORMAT),
                        tuple("priority_neighbourhood", ErrorCodes.BAD_FORMAT),
                        tuple("family_name", ErrorCodes.REQUIRED));
        assertThat(report.errors()).allSatisfy(error -> assertThat(error.line()).isEqualTo(2));
        assertThat(report.errors()).filteredOn(error -> error.column().equals(Optional.of("gender")))
                .singleElement().satisfies(error -> assertThat(error.message())
                        .isEqualTo("gender must be one of WOMAN, MAN, NON_BINARY, UNDISCLOSED"));
    }

    @Test
    void the_domain_judges_the_values_together() {
        Map<String, String> tooYoung = with(learner("awa@example.org"), "date_of_birth", "2010-01-01");
        Map<String, String> beforeSixteen = with(learner("bilal@example.org"), "job_seeker_since", "2001-01-01");

        ImportReport report = imports().importLearners(List.of(row(2, tooYoung), row(3, beforeSixteen)),
                ImportMode.VALIDATE_ONLY);

        assertThat(report.errors()).containsExactly(
                new RowError(2, Optional.of("date_of_birth"), ErrorCodes.TOO_YOUNG,
                        "a person must be at least 16 years old on enrolledOn"),
                new RowError(3, Optional.of("job_seeker_since"), ErrorCodes.DATE_ORDER,
                        "jobSeekerSince cannot be before the 16th birthday"));
    }

    @Test
    void dates_are_read_as_french_excel_writes_them_too() {
        Map<String, String> values = learner("awa@example.org");
        values = with(values, "enrolled_on", "04/10/2021");
        values = with(values, "date_of_birth", "2/3/1999");
        values = with(values, "job_seeker_since", "06/01/2020");
        Map<String, String> impossible = with(learner("bilal@example.org"), "enrolled_on", "31/02/2021");

        ImportReport report = imports().importLearners(List.of(row(2, values), row(3, impossible)),
                ImportMode.VALID_ROWS_ONLY);

        assertThat(report.errors()).containsExactly(new RowError(3, Optional.of("enrolled_on"), ErrorCodes.BAD_FORMAT,
                "enrolled_on must be a date such as 2024-09-30 or 30/09/2024"));
        Learner stored = ports.learners().findByEmail(new EmailAddress("awa@example.org")).orElseThrow();
        assertThat(stored.enrolledOn()).isEqualTo(LocalDate.of(2021, 10, 4));
        assertThat(stored.profile().dateOfBirth()).isEqualTo(LocalDate.of(1999, 3, 2));
        assertThat(stored.profile().jobSeekerSince()).contains(LocalDate.of(2020, 1, 6));
    }

    @Test
    void choices_ignore_case_and_read_a_hyphen_as_an_underscore() {
        Map<String, String> values = with(with(learner("awa@example.org"), "gender", "Non-Binary"),
                "highest_diploma", "bac plus 2");

        ImportReport report = imports().importLearners(List.of(row(2, values)), ImportMode.ALL_OR_NOTHING);

        assertThat(report.clean()).isTrue();
        Learner stored = ports.learners().findByEmail(new EmailAddress("awa@example.org")).orElseThrow();
        assertThat(stored.profile().gender()).isEqualTo(Gender.NON_BINARY);
        assertThat(stored.profile().highestDiploma()).isEqualTo(Diploma.BAC_PLUS_2);
        assertThat(stored.profile().priorityNeighbourhood()).isTrue();
    }

    @Test
    void a_caller_who_may_not_enrol_learners_is_refused_before_any_row_is_read() {
        actor = networkWide(Permission.READ_PERSONAL_DATA);

        assertThatThrownBy(() -> imports().importLearners(List.of(row(2, learner("awa@example.org"))),
                ImportMode.ALL_OR_NOTHING)).isInstanceOfSatisfying(ForbiddenException.class,
                        refused -> assertThat(refused.code()).isEqualTo("access.permission-missing"));
        assertThat(ports.learners().count()).isZero();
    }

    @Test
    void a_cohort_of_another_school_or_no_cohort_at_all_is_a_row_error() {
        Cohort elsewhere = data.savedCohort();
        actor = scopedTo(school.id(), Permission.MANAGE_LEARNERS);
        Map<String, String> otherSchool = with(learner("bilal@example.org"), "cohort_id", elsewhere.id().toString());
        Map<String, String> noCohort = with(learner("chloe@example.org"), "cohort_id",
                "00000000-0000-0000-0000-000000000001");

        ImportReport report = imports().importLearners(List.of(row(2, learner("awa@example.org")), row(3, otherSchool),
                row(4, noCohort)), ImportMode.VALID_ROWS_ONLY);

        assertThat(report.rowsWritten()).isEqualTo(1);
        assertThat(report.errors()).extracting(RowError::line, error -> error.column().orElseThrow(), RowError::code)
                .containsExactly(
                        tuple(3, "cohort_id", "access.school-out-of-scope"),
                        tuple(4, "cohort_id", "cohort.not-found"));
        assertThat(learnersOf(elsewhere)).isEmpty();
    }

    @Test
    void an_unknown_or_a_missing_column_is_reported_on_line_1_and_nothing_is_written() {
        Map<String, String> withNickname = with(learner("awa@example.org"), "nickname", "Awa");
        Map<String, String> withoutGender = with(learner("bilal@example.org"), "gender", null);

        ImportReport report = imports().importLearners(List.of(row(2, withNickname), row(3, with(withoutGender,
                "nickname", null))), ImportMode.VALID_ROWS_ONLY);
        ImportReport missing = imports().importLearners(List.of(row(2, withoutGender)), ImportMode.VALID_ROWS_ONLY);

        assertThat(report.rowsWritten()).isZero();
        assertThat(report.errors()).containsExactly(new RowError(1, Optional.of("nickname"),
                ErrorCodes.IMPORT_COLUMN_UNKNOWN, "this column is unknown; the columns are "
                        + String.join(", ", imports().learnerColumns())));
        assertThat(missing.errors()).containsExactly(new RowError(1, Optional.of("gender"),
                ErrorCodes.IMPORT_COLUMN_MISSING, "this required column is missing, or empty on every row"));
        assertThat(ports.learners().count()).isZero();
    }

    @Test
    void the_same_email_twice_in_the_file_refuses_both_rows_without_repeating_it() {
        ImportReport report = imports().importLearners(List.of(row(2, learner("awa@example.org")),
                row(3, learner("bilal@example.org")), row(5, learner("AWA@example.org"))), ImportMode.VALID_ROWS_ONLY);

        assertThat(report.rowsWritten()).isEqualTo(1);
        assertThat(report.errors()).containsExactly(
                new RowError(2, Optional.of("email"), ErrorCodes.IMPORT_DUPLICATE_IN_FILE,
                        "the same e-mail address is also on line 5"),
                new RowError(5, Optional.of("email"), ErrorCodes.IMPORT_DUPLICATE_IN_FILE,
                        "the same e-mail address is also on line 2"));
        assertThat(ports.learners().findByEmail(new EmailAddress("bilal@example.org"))).isPresent();
    }

    @Test
    void an_email_address_a_learner_already_has_is_a_row_error() {
        Learner existing = data.savedLearner(cohort);

        ImportReport report = imports().importLearners(List.of(row(2, learner(existing.email().value()))),
                ImportMode.ALL_OR_NOTHING);

        assertThat(report.errors()).containsExactly(new RowError(2, Optional.of("email"), "learner.email-taken",
                "another learner already has this email"));
        assertThat(ports.learners().count()).isEqualTo(1);
    }

    @Test
    void rqth_is_only_accepted_from_a_caller_allowed_to_see_health_data() {
        Map<String, String> recognised = with(learner("awa@example.org"), "rqth", "recognised");
        actor = scopedTo(school.id(), Permission.MANAGE_LEARNERS);

        ImportReport refused = imports().importLearners(List.of(row(2, recognised),
                row(3, learner("bilal@example.org"))), ImportMode.VALID_ROWS_ONLY);

        assertThat(refused.rowsWritten()).isEqualTo(1);
        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.column()).contains("rqth");
            assertThat(error.code()).isEqualTo("access.permission-missing");
        });
        assertThat(ports.learners().findByEmail(new EmailAddress("bilal@example.org")).orElseThrow().disability())
                .isEqualTo(DisabilityStatus.UNDISCLOSED);

        actor = scopedTo(school.id(), Permission.MANAGE_LEARNERS, Permission.READ_HEALTH_DATA);
        ImportReport accepted = imports().importLearners(List.of(row(2, recognised)), ImportMode.ALL_OR_NOTHING);

        assertThat(accepted.clean()).isTrue();
        assertThat(ports.learners().findByEmail(new EmailAddress("awa@example.org")).orElseThrow().disability())
                .isEqualTo(DisabilityStatus.RECOGNISED);
    }

    @Test
    void a_file_with_a_header_only_is_an_empty_report() {
        ImportReport report = imports().importLearners(List.of(), ImportMode.ALL_OR_NOTHING);

        assertThat(report).isEqualTo(new ImportReport(0, 0, List.of()));
        assertThat(report.clean()).isTrue();
        assertThat(report.written()).isFalse();
    }

    @Test
    void all_or_nothing_leaves_nothing_behind_when_the_database_refuses_a_row_checked_as_valid() {
        Learner existing = data.savedLearner(cohort);
        LearnerImport racing = importsBlindToEmails();

        ImportReport report = racing.importLearners(List.of(row(2, learner("awa@example.org")),
                row(3, learner(existing.email().value())), row(4, learner("chloe@example.org"))),
                ImportMode.ALL_OR_NOTHING);

        assertThat(report.rowsWritten()).isZero();
        assertThat(report.errors()).containsExactly(new RowError(3, Optional.of("email"), "learner.email-taken",
                "another learner already has this email"));
        assertThat(ports.learners().count()).isEqualTo(1);
        assertThat(auditedActions()).isEmpty();
    }

    @Test
    void valid_rows_only_writes_the_others_when_the_database_refuses_a_row_checked_as_valid() {
        Learner existing = data.savedLearner(cohort);
        LearnerImport racing = importsBlindToEmails();

        ImportReport report = racing.importLearners(List.of(row(2, learner("awa@example.org")),
                row(3, learner(existing.email().value())), row(4, learner("chloe@example.org"))),
                ImportMode.VALID_ROWS_ONLY);

        assertThat(report.rowsWritten()).isEqualTo(2);
        assertThat(report.errors()).extracting(RowError::line).containsExactly(3);
        assertThat(ports.learners().count()).isEqualTo(3);
        assertThat(auditedActions()).containsExactly("learner.enrolled", "learner.enrolled");
    }

    @Test
    void no_error_message_repeats_a_name_or_an_email_address_of_the_file() {
        Map<String, String> bad = with(with(learner("awa@example.org"), "given_name", "A".repeat(81)), "email",
                "awa.at.example.org");

        ImportReport report = imports().importLearners(List.of(row(2, bad), row(3, learner("bilal@example.org")),
                row(4, learner("bilal@example.org"))), ImportMode.VALIDATE_ONLY);

        assertThat(report.errors()).hasSize(4).allSatisfy(error -> assertThat(error.message())
                .doesNotContain("awa", "AAAA", "bilal", "Diallo"));
    }

    private List<ImportRow> oneBadRowAmongGoodOnes() {
        return List.of(row(2, learner("awa@example.org")), row(3, learner("not an address")),
                row(4, learner("chloe@example.org")));
    }

    /** The cells of a valid row, enrolling the person of {@code email} in the test's cohort. */
    private Map<String, String> learner(String email) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("cohort_id", cohort.id().toString());
        values.put("given_name", "Awa");
        values.put("family_name", "Diallo");
        values.put("email", email);
        values.put("enrolled_on", cohort.startDate().toString());
        values.put("gender", "woman");
        values.put("date_of_birth", "1999-05-12");
        values.put("priority_neighbourhood", "oui");
        values.put("highest_diploma", "BELOW_BAC");
        return values;
    }

    private LearnerImport imports() {
        return imports(ports.learners());
    }

    /**
     * An import whose check cannot see stored e-mail addresses, as if another person enrolled the
     * same address between the check and the write: only the database's unique key stops the row.
     */
    private LearnerImport importsBlindToEmails() {
        Learners stored = ports.learners();
        Learners blind = new Learners() {
            @Override
            public Page<Learner> list(LearnerFilter filter, Sort<LearnerSortKey> sort, PageRequest page) {
                return stored.list(filter, sort, page);
            }

            @Override
            public Optional<Learner> findByEmail(EmailAddress email) {
                return Optional.empty();
            }

            @Override
            public Optional<Learner> findById(LearnerId id) {
                return stored.findById(id);
            }

            @Override
            public Learner save(Learner learner) {
                return stored.save(learner);
            }

            @Override
            public List<Learner> saveAll(Collection<Learner> learners) {
                return stored.saveAll(learners);
            }

            @Override
            public long count() {
                return stored.count();
            }
        };
        return imports(blind);
    }

    /** The import, checking with {@code checked}; the enrolment itself always writes to the real port. */
    private LearnerImport imports(Learners checked) {
        var support = support();
        return new LearnerImportService(new LearnerAdministrationService(ports.learners(), ports.cohorts(), support),
                checked, ports.cohorts(), support, PLAIN_COMMAS);
    }

    private List<Learner> learnersOf(Cohort of) {
        return ports.learners().list(new LearnerFilter(Optional.empty(), Optional.of(of.id()), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                Sort.ascending(LearnerSortKey.FAMILY_NAME),
                PageRequest.first(50)).items();
    }
}
