package org.tremplin.ui.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.learner.VisibleLearner;
import org.tremplin.application.person.PersonDetails;
import org.tremplin.application.person.ValidPerson;
import org.tremplin.application.port.in.LearnerFilter;
import org.tremplin.application.port.in.LearnerSortKey;
import org.tremplin.application.port.in.TextMatch;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.error.NotFoundException;
import org.tremplin.domain.learner.DropOutReason;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.learner.LearnerStatus;
import org.tremplin.domain.person.Diploma;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.Gender;
import org.tremplin.domain.person.InclusionProfile;
import org.tremplin.domain.person.PersonName;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.EmailAddress;

/**
 * Learners in a list, listed as the port promises (filters, sort then id, pages); changes go
 * through the domain's own checks and name their version. The caller sees the RQTH status once a
 * learner was added with one (as the use case gives it to every learner or to none); cohorts of
 * schools in {@link #outOfScope} are refused as the use case refuses them.
 */
public final class FakeLearnerAdministration implements LearnerAdministration {
    public static final SchoolId SCHOOL = new SchoolId(UUID.randomUUID());
    public static final CohortId COHORT = new CohortId(UUID.randomUUID());

    private final FakeRecords<Learner, LearnerId> learners =
            new FakeRecords<>("learner", Learner::id, Learner::version, Learner::withVersion);
    public final FakePages pages = learners.pages;
    public final List<LearnerFilter> filters = new ArrayList<>();
    public final List<SchoolId> outOfScope = new ArrayList<>();
    private boolean healthData;

    /** A learner enrolled on {@code enrolledOn} who reached {@code status} step by step, a week apart. */
    public FakeLearnerAdministration add(String given, String family, LearnerStatus status, LocalDate enrolledOn,
                                  Optional<DisabilityStatus> disability) {
        healthData |= disability.isPresent();
        InclusionProfile profile = new InclusionProfile(Gender.WOMAN, enrolledOn.minusYears(24),
                Optional.of(enrolledOn.minusMonths(14)), true, Diploma.BELOW_BAC);
        Learner learner = Learner.enrol(new LearnerId(UUID.randomUUID()), FakeCohortsForLists.COHORT, Optional.empty(),
                new PersonName(given, family), new EmailAddress(given + "." + family + "@example.org"), profile,
                disability.orElse(DisabilityStatus.UNDISCLOSED), enrolledOn);
        if (status == LearnerStatus.DROPPED_OUT) {
            learner = learner.dropOut(enrolledOn.plusDays(7), DropOutReason.OTHER);
        } else {
            List<LearnerStatus> path = List.of(LearnerStatus.IN_CENTRE, LearnerStatus.IN_WORK_STUDY, LearnerStatus.GRADUATED);
            LocalDate on = enrolledOn;
            for (LearnerStatus next : path.subList(0, path.indexOf(status) + 1)) {
                on = on.plusDays(7);
                learner = moved(learner, next, on, null);
            }
        }
        learners.add(learner);
        return this;
    }

    public VisibleLearner named(String family) {
        return view(learners.first(learner -> learner.name().familyName().equals(family)));
    }

    public LearnerId idOf(int index) {
        return learners.all().get(index).id();
    }

    /** The learner as the domain holds them, for the outcomes fake's "has left" rule. */
    public Learner learner(LearnerId id) {
        return learners.get(id);
    }

    /** Someone else changes this learner meanwhile: the version the console read is stale. */
    public void changeElsewhere(String family) {
        learners.save(learner(named(family).id()));
    }

    @Override
    public Page<VisibleLearner> list(LearnerFilter filter, Sort<LearnerSortKey> sort, PageRequest page) {
        filters.add(filter);
        Comparator<Learner> order = switch (sort.key()) {
            case FAMILY_NAME -> Comparator.comparing(learner -> learner.name().familyName());
            case ENROLLED_ON -> Comparator.comparing(Learner::enrolledOn);
        };
        if (!sort.isAscending()) {
            order = order.reversed();
        }
        List<VisibleLearner> matching = learners.stream()
                .filter(learner -> filter.status().map(status -> status == learner.status()).orElse(true))
                .filter(learner -> filter.enrolledFrom().map(from -> !learner.enrolledOn().isBefore(from)).orElse(true))
                .filter(learner -> filter.enrolledTo().map(to -> !learner.enrolledOn().isAfter(to)).orElse(true))
                .filter(learner -> TextMatch.contains(filter.text(), learner.name().givenName(),
                        learner.name().familyName(), learner.email().value()))
                .sorted(order.thenComparing(learner -> learner.id().value()))
                .map(this::view)
                .toList();
        return learners.page(matching, page);
    }

    @Override
    public VisibleLearner get(LearnerId id) {
        return view(learner(id));
    }

    @Override
    public VisibleLearner enrol(CohortId cohortId, PersonDetails details, LocalDate enrolledOn) {
        ValidPerson person = ValidPerson.read(details, FakePeople.signedIn());
        Cohort cohort = FakeScopedCohorts.ALL.stream().filter(each -> each.id().equals(cohortId)).findFirst()
                .orElseThrow(() -> new NotFoundException("cohort", cohortId));
        requireScope(cohort.schoolId());
        Learner learner = Learner.enrol(new LearnerId(UUID.randomUUID()), cohort, Optional.empty(), person.name(),
                person.email(), person.profile(), person.disabilityOr(DisabilityStatus.UNDISCLOSED), enrolledOn);
        return view(learners.add(learner));
    }

    @Override
    public VisibleLearner startCentre(LearnerId id, long version, LocalDate on) {
        return view(learners.save(moved(current(id, version), LearnerStatus.IN_CENTRE, on, null)));
    }

    @Override
    public VisibleLearner startWorkStudy(LearnerId id, long version, LocalDate on) {
        return view(learners.save(moved(current(id, version), LearnerStatus.IN_WORK_STUDY, on, null)));
    }

    @Override
    public VisibleLearner graduate(LearnerId id, long version, LocalDate on) {
        return view(learners.save(moved(current(id, version), LearnerStatus.GRADUATED, on, null)));
    }

    @Override
    public VisibleLearner dropOut(LearnerId id, long version, LocalDate on, DropOutReason reason) {
        return view(learners.save(moved(current(id, version), LearnerStatus.DROPPED_OUT, on, reason)));
    }

    @Override
    public VisibleLearner correct(LearnerId id, long version, PersonDetails details) {
        ValidPerson person = ValidPerson.read(details, FakePeople.signedIn());
        Learner current = current(id, version);
        return view(learners.save(current.correct(person.name(), person.email(), person.profile(),
                person.disabilityOr(current.disability()))));
    }

    private static Learner moved(Learner learner, LearnerStatus next, LocalDate on, DropOutReason reason) {
        return switch (next) {
            case IN_CENTRE -> learner.startCentre(on);
            case IN_WORK_STUDY -> learner.startWorkStudy(on);
            case GRADUATED -> learner.graduate(on);
            case DROPPED_OUT -> learner.dropOut(on, reason);
            case ENROLLED -> learner;
        };
    }

    private Learner current(LearnerId id, long version) {
        requireScope(learner(id).schoolId());
        return learners.current(id, version);
    }

    private void requireScope(SchoolId school) {
        OutOfScopeSchools.refuseIfAmong(outOfScope, school);
    }

    private VisibleLearner view(Learner learner) {
        return VisibleLearner.of(learner, FakePeople.caller(healthData));
    }
}
