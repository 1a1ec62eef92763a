package org.tremplin.application.port.out;

import org.tremplin.application.port.in.LearnerFilter;
import org.tremplin.application.port.in.LearnerSortKey;
import java.util.Optional;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.shared.EmailAddress;

/** Everyone enrolled in a cohort. A learner's e-mail address is unique (code {@code learner.email-taken}). */
public interface Learners extends Repository<Learner, LearnerId> {
    Page<Learner> list(LearnerFilter filter, Sort<LearnerSortKey> sort, PageRequest page);

    Optional<Learner> findByEmail(EmailAddress email);
}
