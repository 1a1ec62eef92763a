package org.tremplin.ui.view;

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
import org.tremplin.application.learner.LearnerView;
import org.tremplin.application.person.PersonDetails;
import org.tremplin.application.port.out.LearnerFilter;
import org.tremplin.application.port.out.LearnerSortKey;
import org.tremplin.application.port.out.TextMatch;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.learner.DropOutReason;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.learner.LearnerStatus;
import org.tremplin.domain.person.Diploma;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.Gender;
import org.tremplin.domain.person.InclusionProfile;
import org.tremplin.domain.person.PersonName;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.EmailAddress;

/** Learners in a list, listed as the port promises (filters, sort then id, pages); read-only. */
final class FakeLearnerAdministration implements LearnerAdministration {
    static final SchoolId SCHOOL = new SchoolId(UUID.randomUUID());
    static final CohortId COHORT = new CohortId(UUID.randomUUID());

    private final List<LearnerView> learners = new ArrayList<>();
    final FakePages pages = new FakePages();
    final List<LearnerFilter> filters = new ArrayList<>();

    FakeLearnerAdministration add(String given, String family, LearnerStatus status, LocalDate enrolledOn,
                                  Optional<DisabilityStatus> disability) {
        InclusionProfile profile = new InclusionProfile(Gender.WOMAN, enrolledOn.minusYears(24),
                Optional.of(enrolledOn.minusMonths(14)), true, Diploma.BELOW_BAC);
        learners.add(new LearnerView(new LearnerId(UUID.randomUUID()), 0, SCHOOL, COHORT, Optional.empty(),
                new PersonName(given, family), new EmailAddress(given + "." + family + "@example.org"), profile, 24,
                status, enrolledOn, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                disability));
        return this;
    }

    @Override
    public Page<LearnerView> list(LearnerFilter filter, Sort<LearnerSortKey> sort, PageRequest page) {
        filters.add(filter);
        Comparator<LearnerView> order = switch (sort.key()) {
            case FAMILY_NAME -> Comparator.comparing(learner -> learner.name().familyName());
            case ENROLLED_ON -> Comparator.comparing(LearnerView::enrolledOn);
        };
        if (!sort.isAscending()) {
            order = order.reversed();
        }
        List<LearnerView> matching = learners.stream()
                .filter(learner -> filter.status().map(status -> status == learner.status()).orElse(true))
                .filter(learner -> filter.enrolledFrom().map(from -> !learner.enrolledOn().isBefore(from)).orElse(true))
                .filter(learner -> filter.enrolledTo().map(to -> !learner.enrolledOn().isAfter(to)).orElse(true))
                .filter(learner -> TextMatch.contains(filter.text(), learner.name().givenName(),
                        learner.name().familyName(), learner.email().value()))
                .sorted(order.thenComparing(learner -> learner.id().value()))
                .toList();
        return pages.page(matching, page);
    }

    @Override
    public LearnerView get(LearnerId id) {
        return learners.stream().filter(learner -> learner.id().equals(id)).findFirst().orElseThrow();
    }

    LearnerId idOf(int index) {
        return learners.get(index).id();
    }

    @Override
    public LearnerView enrol(CohortId cohort, PersonDetails person, LocalDate enrolledOn) {
        throw new UnsupportedOperationException();
    }

    @Override
    public LearnerView startCentre(LearnerId id, long version, LocalDate on) {
        throw new UnsupportedOperationException();
    }

    @Override
    public LearnerView startWorkStudy(LearnerId id, long version, LocalDate on) {
        throw new UnsupportedOperationException();
    }

    @Override
    public LearnerView graduate(LearnerId id, long version, LocalDate on) {
        throw new UnsupportedOperationException();
    }

    @Override
    public LearnerView dropOut(LearnerId id, long version, LocalDate on, DropOutReason reason) {
        throw new UnsupportedOperationException();
    }

    @Override
    public LearnerView correct(LearnerId id, long version, PersonDetails person) {
        throw new UnsupportedOperationException();
    }
}
