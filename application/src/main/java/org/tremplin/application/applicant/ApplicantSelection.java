package org.tremplin.application.applicant;

import java.time.LocalDate;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.learner.LearnerView;
import org.tremplin.application.person.PersonDetails;
import org.tremplin.application.port.in.ApplicantFilter;
import org.tremplin.application.port.in.ApplicantSortKey;
import org.tremplin.domain.applicant.ApplicantId;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.cohort.CohortId;

/** Inbound port: the selection funnel, from application to enrolment. */
public interface ApplicantSelection {
    ApplicantView apply(CohortId cohort, PersonDetails person, LocalDate appliedOn);

    /** Pre-selects, selects, rejects or records a withdrawal; enrolment goes through {@link #enrol}. */
    ApplicantView moveTo(ApplicantId id, long version, SelectionStage stage, LocalDate on);

    /** Enrols a selected applicant: the applicant reaches the last stage and becomes a learner, in one step. */
    LearnerView enrol(ApplicantId id, long version, LocalDate on);

    ApplicantView correct(ApplicantId id, long version, PersonDetails person);

    ApplicantView get(ApplicantId id);

    Page<ApplicantView> list(ApplicantFilter filter, Sort<ApplicantSortKey> sort, PageRequest page);
}
