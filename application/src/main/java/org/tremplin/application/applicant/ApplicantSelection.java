package org.tremplin.application.applicant;

import java.time.LocalDate;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.learner.VisibleLearner;
import org.tremplin.application.person.PersonDetails;
import org.tremplin.application.port.in.ApplicantFilter;
import org.tremplin.application.port.in.ApplicantSortKey;
import org.tremplin.domain.applicant.ApplicantId;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.cohort.CohortId;

/** Inbound port: the selection funnel, from application to enrolment. */
public interface ApplicantSelection {
    VisibleApplicant apply(CohortId cohort, PersonDetails person, LocalDate appliedOn);

    /** Pre-selects, selects, rejects or records a withdrawal; enrolment goes through {@link #enrol}. */
    VisibleApplicant moveTo(ApplicantId id, long version, SelectionStage stage, LocalDate on);

    /** Enrols a selected applicant: the applicant reaches the last stage and becomes a learner, in one step. */
    VisibleLearner enrol(ApplicantId id, long version, LocalDate on);

    VisibleApplicant correct(ApplicantId id, long version, PersonDetails person);

    VisibleApplicant get(ApplicantId id);

    Page<VisibleApplicant> list(ApplicantFilter filter, Sort<ApplicantSortKey> sort, PageRequest page);
}
