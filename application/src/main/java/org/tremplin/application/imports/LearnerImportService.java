package org.tremplin.application.imports;

import static java.util.Map.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.person.PersonDetails;
import org.tremplin.application.person.ValidPerson;
import org.tremplin.application.port.out.Cohorts;
import org.tremplin.application.port.out.Learners;
import org.tremplin.application.port.out.TabularFileReader;
import org.tremplin.application.support.UseCaseSupport;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.person.Diploma;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.Gender;
import org.tremplin.domain.person.InclusionProfile;
import org.tremplin.domain.shared.EmailAddress;

/**
 * Checks every row as {@link LearnerAdministration#enrol} would, then enrols the rows through it,
 * in one transaction.
 */
public final class LearnerImportService implements LearnerImport {
    static final String COHORT_ID = "cohort_id";
    static final String GIVEN_NAME = "given_name";
    static final String FAMILY_NAME = "family_name";
    static final String EMAIL = "email";
    static final String ENROLLED_ON = "enrolled_on";
    static final String GENDER = "gender";
    static final String DATE_OF_BIRTH = "date_of_birth";
    static final String JOB_SEEKER_SINCE = "job_seeker_since";
    static final String PRIORITY_NEIGHBOURHOOD = "priority_neighbourhood";
    static final String HIGHEST_DIPLOMA = "highest_diploma";
    static final String RQTH = "rqth";

    private static final ImportColumns COLUMNS = new ImportColumns(
            List.of(COHORT_ID, GIVEN_NAME, FAMILY_NAME, EMAIL, ENROLLED_ON, GENDER, DATE_OF_BIRTH,
                    PRIORITY_NEIGHBOURHOOD, HIGHEST_DIPLOMA),
            List.of(JOB_SEEKER_SINCE, RQTH));

    /** The fields the domain and the use case name in their errors, and the columns they come from. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            entry("cohortId", COHORT_ID), entry("givenName", GIVEN_NAME), entry("familyName", FAMILY_NAME),
            entry("email", EMAIL), entry("enrolledOn", ENROLLED_ON), entry("gender", GENDER),
            entry("dateOfBirth", DATE_OF_BIRTH), entry("jobSeekerSince", JOB_SEEKER_SINCE),
            entry("priorityNeighbourhood", PRIORITY_NEIGHBOURHOOD), entry("highestDiploma", HIGHEST_DIPLOMA),
            entry("disability", RQTH));

    private final Learners learners;
    private final Cohorts cohorts;
    private final UseCaseSupport support;
    private final RowImport<Enrolment> rowImport;

    public LearnerImportService(LearnerAdministration administration, Learners learners, Cohorts cohorts,
                                UseCaseSupport support, TabularFileReader files) {
        this.learners = learners;
        this.cohorts = cohorts;
        this.support = support;
        ImportWriter<Enrolment> writer = new ImportWriter<>(support,
                enrolment -> administration.enrol(enrolment.cohort(), enrolment.person(), enrolment.enrolledOn()),
                COLUMN_OF_FIELD);
        this.rowImport = new RowImport<>(support, files, Permission.MANAGE_LEARNERS, COLUMNS, writer, this::check);
    }

    @Override
    public ImportReport importLearners(List<ImportRow> rows, ImportMode mode) {
        return rowImport.rows(rows, mode);
    }

    @Override
    public FileImportReport importFile(byte[] content, ImportMode mode) {
        return rowImport.file(content, mode);
    }

    @Override
    public List<String> learnerColumns() {
        return COLUMNS.all();
    }

    private RowVerdicts<Enrolment> check(List<ImportRow> rows, Actor actor) {
        var cohortsInScope = new RecordsInScope<>("cohort", cohorts::findById, Cohort::schoolId, actor);
        return RowVerdicts.readAll(rows, COLUMN_OF_FIELD, reader -> read(reader, actor, cohortsInScope),
                Enrolment::email, EMAIL, "e-mail address");
    }

    /**
     * The enrolment a row asks for, checked as {@link LearnerAdministration#enrol} checks it; null
     * when its e-mail address cannot be read (the row's errors are then in {@code reader}).
     */
    private Enrolment read(CellReader reader, Actor actor, RecordsInScope<Cohort, CohortId> cohortsInScope) {
        CohortId cohortId = reader.parsed(COHORT_ID, CohortId::parse);
        LocalDate enrolledOn = reader.date(ENROLLED_ON);
        InclusionProfile profile = profile(reader);
        Optional<DisabilityStatus> disability = reader.optionalChoice(RQTH, DisabilityStatus.class);
        // Health data: only a caller allowed to see it may give it, as LearnerAdministration#enrol demands.
        if (disability.isPresent() && !reader.passes(RQTH, () -> actor.require(Permission.READ_HEALTH_DATA))) {
            disability = Optional.empty();
        }
        PersonDetails details = new PersonDetails(reader.text(GIVEN_NAME), reader.text(FAMILY_NAME),
                reader.text(EMAIL), profile, disability);
        // Without a profile, each of its columns at fault is reported already: "profile is required" adds nothing.
        ValidPerson person = reader.checkIgnoring(profile == null ? Set.of("profile") : Set.of(),
                () -> ValidPerson.read(details, actor));
        Cohort cohort = cohortId == null ? null : reader.check(COHORT_ID, () -> cohortsInScope.find(cohortId));
        if (person != null && learners.findByEmail(person.email()).isPresent()) {
            reader.refuse(ConflictException.taken("learner", "email"));
        }
        if (person != null && cohort != null && enrolledOn != null) {
            reader.check(() -> Learner.enrol(new LearnerId(support.newId()), cohort, Optional.empty(), person.name(),
                    person.email(), person.profile(), person.disabilityOr(DisabilityStatus.UNDISCLOSED), enrolledOn));
        }
        return person == null ? null : new Enrolment(cohortId, details, enrolledOn, person.email());
    }

    private static InclusionProfile profile(CellReader reader) {
        Gender gender = reader.choice(GENDER, Gender.class);
        LocalDate dateOfBirth = reader.date(DATE_OF_BIRTH);
        Optional<LocalDate> jobSeekerSince = reader.optionalDate(JOB_SEEKER_SINCE);
        Boolean priorityNeighbourhood = reader.yesNo(PRIORITY_NEIGHBOURHOOD);
        Diploma diploma = reader.choice(HIGHEST_DIPLOMA, Diploma.class);
        if (gender == null || dateOfBirth == null || priorityNeighbourhood == null || diploma == null) {
            return null;
        }
        return reader.check(() -> new InclusionProfile(gender, dateOfBirth, jobSeekerSince, priorityNeighbourhood,
                diploma));
    }

    /**
     * A row ready to go through {@link LearnerAdministration#enrol}.
     *
     * @param email the address as the domain reads it, by which duplicates are found
     */
    private record Enrolment(CohortId cohort, PersonDetails person, LocalDate enrolledOn, EmailAddress email) {
        @Override
        public String toString() {
            return "Enrolment[redacted]";
        }
    }
}
