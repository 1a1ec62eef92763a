package org.tremplin.ui.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tremplin.application.applicant.ApplicantSelection;
import org.tremplin.application.applicant.ApplicantView;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.learner.LearnerView;
import org.tremplin.application.person.PersonDetails;
import org.tremplin.application.port.out.ApplicantFilter;
import org.tremplin.application.port.out.ApplicantSortKey;
import org.tremplin.application.port.out.TextMatch;
import org.tremplin.domain.applicant.ApplicantId;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.applicant.StageChange;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.person.Diploma;
import org.tremplin.domain.person.Gender;
import org.tremplin.domain.person.InclusionProfile;
import org.tremplin.domain.person.PersonName;
import org.tremplin.domain.shared.EmailAddress;

/** Applicants in a list, listed as the port promises (filters, sort then id, pages); read-only. */
final class FakeApplicantSelection implements ApplicantSelection {
    private final List<ApplicantView> applicants = new ArrayList<>();
    final FakePages pages = new FakePages();
    final List<ApplicantFilter> filters = new ArrayList<>();

    /** An applicant who applied on {@code appliedOn} and reached {@code stage} a week later (if past applying). */
    FakeApplicantSelection add(String given, String family, LocalDate appliedOn, SelectionStage stage) {
        List<StageChange> history = stage == SelectionStage.APPLIED
                ? List.of(new StageChange(SelectionStage.APPLIED, appliedOn))
                : List.of(new StageChange(SelectionStage.APPLIED, appliedOn), new StageChange(stage, appliedOn.plusDays(7)));
        InclusionProfile profile = new InclusionProfile(Gender.MAN, appliedOn.minusYears(30), Optional.empty(), false,
                Diploma.BAC);
        applicants.add(new ApplicantView(new ApplicantId(UUID.randomUUID()), 0, FakeLearnerAdministration.COHORT,
                new PersonName(given, family), new EmailAddress(given + "." + family + "@example.org"), profile, stage,
                history, Optional.empty()));
        return this;
    }

    @Override
    public Page<ApplicantView> list(ApplicantFilter filter, Sort<ApplicantSortKey> sort, PageRequest page) {
        filters.add(filter);
        Comparator<ApplicantView> order = switch (sort.key()) {
            case APPLIED_ON -> Comparator.comparing(applicant -> applicant.history().getFirst().on());
            case FAMILY_NAME -> Comparator.comparing(applicant -> applicant.name().familyName());
            case STAGE -> Comparator.comparing(ApplicantView::stage);
        };
        if (!sort.isAscending()) {
            order = order.reversed();
        }
        List<ApplicantView> matching = applicants.stream()
                .filter(applicant -> filter.stage().map(stage -> stage == applicant.stage()).orElse(true))
                .filter(applicant -> TextMatch.contains(filter.text(), applicant.name().givenName(),
                        applicant.name().familyName(), applicant.email().value()))
                .sorted(order.thenComparing(applicant -> applicant.id().value()))
                .toList();
        return pages.page(matching, page);
    }

    @Override
    public ApplicantView apply(CohortId cohort, PersonDetails person, LocalDate appliedOn) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ApplicantView moveTo(ApplicantId id, long version, SelectionStage stage, LocalDate on) {
        throw new UnsupportedOperationException();
    }

    @Override
    public LearnerView enrol(ApplicantId id, long version, LocalDate on) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ApplicantView correct(ApplicantId id, long version, PersonDetails person) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ApplicantView get(ApplicantId id) {
        throw new UnsupportedOperationException();
    }
}
