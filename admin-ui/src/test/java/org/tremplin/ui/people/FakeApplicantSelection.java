package org.tremplin.ui.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tremplin.application.applicant.ApplicantSelection;
import org.tremplin.application.applicant.VisibleApplicant;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.learner.VisibleLearner;
import org.tremplin.application.person.PersonDetails;
import org.tremplin.application.person.ValidPerson;
import org.tremplin.application.port.in.ApplicantFilter;
import org.tremplin.application.port.in.ApplicantSortKey;
import org.tremplin.application.port.in.TextMatch;
import org.tremplin.domain.applicant.Applicant;
import org.tremplin.domain.applicant.ApplicantId;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.person.Diploma;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.Gender;
import org.tremplin.domain.person.InclusionProfile;
import org.tremplin.domain.person.PersonName;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.EmailAddress;
import org.tremplin.ui.testing.FakeLearnerAdministration;
import org.tremplin.ui.testing.FakePages;
import org.tremplin.ui.testing.FakeRecords;
import org.tremplin.ui.testing.FakePeople;
import org.tremplin.ui.testing.FakeScopedCohorts;
import org.tremplin.ui.testing.OutOfScopeSchools;

/**
 * Applicants in a list, listed as the port promises (filters, sort then id, pages); changes go
 * through the domain's own checks and name their version. The caller sees RQTH statuses when
 * {@link #healthData} is set; cohorts of schools in {@link #outOfScope} are refused as the use case
 * refuses them. Enrolled applicants become {@link #enrolled} learners.
 */
final class FakeApplicantSelection implements ApplicantSelection {
    private final FakeRecords<Applicant, ApplicantId> applicants =
            new FakeRecords<>("applicant", Applicant::id, Applicant::version, Applicant::withVersion);
    final FakePages pages = applicants.pages;
    final List<ApplicantFilter> filters = new ArrayList<>();
    final List<SchoolId> outOfScope = new ArrayList<>();
    final List<VisibleLearner> enrolled = new ArrayList<>();
    boolean healthData;

    /** An applicant who applied on {@code appliedOn} and reached {@code stage} a week later (if past applying). */
    FakeApplicantSelection add(String given, String family, LocalDate appliedOn, SelectionStage stage) {
        return add(given, family, appliedOn, stage, FakeLearnerAdministration.COHORT);
    }

    FakeApplicantSelection add(String given, String family, LocalDate appliedOn, SelectionStage stage, CohortId cohort) {
        InclusionProfile profile = new InclusionProfile(Gender.MAN, appliedOn.minusYears(30), Optional.empty(), false,
                Diploma.BAC);
        Applicant applicant = Applicant.apply(new ApplicantId(UUID.randomUUID()), cohort,
                new PersonName(given, family), new EmailAddress(given + "." + family + "@example.org"), profile,
                DisabilityStatus.RECOGNISED, appliedOn);
        LocalDate reached = appliedOn.plusDays(7);
        if (stage == SelectionStage.REJECTED || stage == SelectionStage.WITHDREW) {
            applicant = applicant.moveTo(stage, reached);
        } else {
            for (SelectionStage next : SelectionStage.FUNNEL.subList(1, SelectionStage.FUNNEL.indexOf(stage) + 1)) {
                applicant = applicant.moveTo(next, reached);
            }
        }
        applicants.add(applicant);
        return this;
    }

    VisibleApplicant named(String family) {
        return view(applicants.first(applicant -> applicant.name().familyName().equals(family)));
    }

    /** Someone else moves this applicant meanwhile: the version the console read is stale. */
    void changeElsewhere(String family) {
        applicants.save(applicants.get(named(family).id()));
    }

    @Override
    public Page<VisibleApplicant> list(ApplicantFilter filter, Sort<ApplicantSortKey> sort, PageRequest page) {
        filters.add(filter);
        Comparator<Applicant> order = switch (sort.key()) {
            case APPLIED_ON -> Comparator.comparing(Applicant::appliedOn);
            case FAMILY_NAME -> Comparator.comparing(applicant -> applicant.name().familyName());
            case STAGE -> Comparator.comparing(Applicant::stage);
        };
        if (!sort.isAscending()) {
            order = order.reversed();
        }
        List<VisibleApplicant> matching = applicants.stream()
                .filter(applicant -> filter.stage().map(stage -> stage == applicant.stage()).orElse(true))
                .filter(applicant -> filter.cohort().map(cohort -> cohort.equals(applicant.cohortId())).orElse(true))
                .filter(applicant -> TextMatch.contains(filter.text(), applicant.name().givenName(),
                        applicant.name().familyName(), applicant.email().value()))
                .sorted(order.thenComparing(applicant -> applicant.id().value()))
                .map(this::view)
                .toList();
        return applicants.page(matching, page);
    }

    @Override
    public VisibleApplicant apply(CohortId cohort, PersonDetails details, LocalDate appliedOn) {
        ValidPerson person = ValidPerson.read(details, FakePeople.signedIn());
        requireScope(cohort);
        Applicant applicant = Applicant.apply(new ApplicantId(UUID.randomUUID()), cohort, person.name(), person.email(),
                person.profile(), person.disabilityOr(DisabilityStatus.UNDISCLOSED), appliedOn);
        return view(applicants.add(applicant));
    }

    @Override
    public VisibleApplicant moveTo(ApplicantId id, long version, SelectionStage stage, LocalDate on) {
        return view(applicants.save(current(id, version).moveTo(stage, on)));
    }

    @Override
    public VisibleLearner enrol(ApplicantId id, long version, LocalDate on) {
        Applicant applicant = applicants.save(current(id, version).moveTo(SelectionStage.ENROLLED, on));
        Cohort cohort = FakeScopedCohorts.ALL.stream().filter(each -> each.id().equals(applicant.cohortId()))
                .findFirst().orElseThrow();
        VisibleLearner learner = VisibleLearner.of(Learner.enrol(new LearnerId(UUID.randomUUID()), cohort,
                Optional.of(applicant.id()), applicant.name(), applicant.email(), applicant.profile(),
                applicant.disability(), on), FakePeople.caller(healthData));
        enrolled.add(learner);
        return learner;
    }

    @Override
    public VisibleApplicant correct(ApplicantId id, long version, PersonDetails details) {
        ValidPerson person = ValidPerson.read(details, FakePeople.signedIn());
        Applicant current = current(id, version);
        return view(applicants.save(current.correct(person.name(), person.email(), person.profile(),
                person.disabilityOr(current.disability()))));
    }

    @Override
    public VisibleApplicant get(ApplicantId id) {
        return view(applicants.get(id));
    }

    private Applicant current(ApplicantId id, long version) {
        requireScope(applicants.get(id).cohortId());
        return applicants.current(id, version);
    }

    private void requireScope(CohortId cohort) {
        FakeScopedCohorts.ALL.stream().filter(each -> each.id().equals(cohort))
                .forEach(each -> OutOfScopeSchools.refuseIfAmong(outOfScope, each.schoolId()));
    }

    private VisibleApplicant view(Applicant applicant) {
        return VisibleApplicant.of(applicant, FakePeople.caller(healthData));
    }
}
