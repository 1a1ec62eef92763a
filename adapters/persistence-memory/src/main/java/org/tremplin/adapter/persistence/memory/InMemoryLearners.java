package org.tremplin.adapter.persistence.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.LearnerFilter;
import org.tremplin.application.port.in.LearnerSortKey;
import org.tremplin.application.port.out.Learners;
import org.tremplin.application.port.in.TextMatch;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.shared.EmailAddress;

public final class InMemoryLearners extends InMemoryRepository<Learner, LearnerId> implements Learners {
    public InMemoryLearners(InMemoryTransactions transactions) {
        super(new InMemoryRecords<>(new RecordShape<>("learner", Learner::id, Learner::version,
                Learner::withVersion, List.of(new UniqueKey<>("email", learner -> Optional.of(learner.email())))),
                transactions));
    }

    @Override
    public Page<Learner> list(LearnerFilter filter, Sort<LearnerSortKey> sort, PageRequest page) {
        return records.page(filter.updatedSince(),
                learner -> Orderings.within(filter.schools(), learner.schoolId())
                        && Orderings.matches(filter.cohort(), learner.cohortId())
                        && Orderings.matches(filter.status(), learner.status())
                        && Orderings.between(filter.enrolledFrom(), filter.enrolledTo(), learner.enrolledOn())
                        && TextMatch.contains(filter.text(), learner.name().givenName(), learner.name().familyName(),
                        learner.email().value()),
                Orderings.order(sort, InMemoryLearners::by, learner -> learner.id().value()), page);
    }

    @Override
    public Optional<Learner> findByEmail(EmailAddress email) {
        return records.matching(learner -> learner.email().equals(email)).stream().findFirst();
    }

    private static Comparator<Learner> by(LearnerSortKey key) {
        return switch (key) {
            case FAMILY_NAME -> Orderings.text(learner -> learner.name().familyName());
            case ENROLLED_ON -> Comparator.comparing(Learner::enrolledOn);
        };
    }
}
