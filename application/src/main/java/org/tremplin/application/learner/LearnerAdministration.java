package org.tremplin.application.learner;

import java.time.LocalDate;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.person.PersonDetails;
import org.tremplin.application.port.in.LearnerFilter;
import org.tremplin.application.port.in.LearnerSortKey;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.learner.DropOutReason;
import org.tremplin.domain.learner.LearnerId;

/** Inbound port: learners and their path through the programme. */
public interface LearnerAdministration {
    /** Enrols someone directly, without an application on record (an import from another system, say). */
    VisibleLearner enrol(CohortId cohort, PersonDetails person, LocalDate enrolledOn);

    VisibleLearner startCentre(LearnerId id, long version, LocalDate on);

    VisibleLearner startWorkStudy(LearnerId id, long version, LocalDate on);

    VisibleLearner graduate(LearnerId id, long version, LocalDate on);

    VisibleLearner dropOut(LearnerId id, long version, LocalDate on, DropOutReason reason);

    VisibleLearner correct(LearnerId id, long version, PersonDetails person);

    VisibleLearner get(LearnerId id);

    Page<VisibleLearner> list(LearnerFilter filter, Sort<LearnerSortKey> sort, PageRequest page);
}
