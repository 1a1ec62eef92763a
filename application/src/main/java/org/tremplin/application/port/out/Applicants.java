package org.tremplin.application.port.out;

import org.tremplin.application.port.in.ApplicantFilter;
import org.tremplin.application.port.in.ApplicantSortKey;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.domain.applicant.Applicant;
import org.tremplin.domain.applicant.ApplicantId;

/** Applications to cohorts. One application per e-mail address and cohort (code {@code applicant.email-taken}). */
public interface Applicants extends Repository<Applicant, ApplicantId> {
    Page<Applicant> list(ApplicantFilter filter, Sort<ApplicantSortKey> sort, PageRequest page);
}
