package org.tremplin.adapter.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.ApplicantFilter;
import org.tremplin.application.port.in.ApplicantSortKey;
import org.tremplin.application.port.out.Applicants;
import org.tremplin.application.port.in.TextMatch;
import org.tremplin.domain.applicant.Applicant;
import org.tremplin.domain.applicant.ApplicantId;
import org.tremplin.domain.cohort.Cohort;

public final class InMemoryApplicants extends InMemoryRepository<Applicant, ApplicantId> implements Applicants {
    private final InMemoryCohorts cohorts;

    public InMemoryApplicants(InMemoryTransactions transactions, InMemoryCohorts cohorts) {
        super(new InMemoryRecords<>(new RecordShape<>("applicant", Applicant::id, Applicant::version,
                Applicant::withVersion, List.of(new UniqueKey<>("email",
                        applicant -> Optional.of(List.of(applicant.cohortId(), applicant.email()))))), transactions));
        this.cohorts = cohorts;
    }

    @Override
    public Page<Applicant> list(ApplicantFilter filter, Sort<ApplicantSortKey> sort, PageRequest page) {
        return records.page(filter.updatedSince(),
                applicant -> Orderings.withinFound(filter.schools(),
                        () -> cohorts.findById(applicant.cohortId()).map(Cohort::schoolId))
                        && Orderings.matches(filter.cohort(), applicant.cohortId())
                        && Orderings.matches(filter.stage(), applicant.stage())
                        && Orderings.between(filter.appliedFrom(), filter.appliedTo(), applicant.appliedOn())
                        && TextMatch.contains(filter.text(), applicant.name().givenName(), applicant.name().familyName(),
                        applicant.email().value()),
                Orderings.order(sort, InMemoryApplicants::by, applicant -> applicant.id().value()), page);
    }

    private static Comparator<Applicant> by(ApplicantSortKey key) {
        return switch (key) {
            case APPLIED_ON -> Comparator.comparing(Applicant::appliedOn);
            case FAMILY_NAME -> Orderings.text(applicant -> applicant.name().familyName());
            case STAGE -> Orderings.code(Applicant::stage);
        };
    }
}
