package org.tremplin.domain.partner;

/** What a partner does for a school. */
public enum PartnerRole {
    FUNDER,
    WORK_STUDY_HOST,
    RECRUITER,
    CANDIDATE_SOURCING,
    TEACHING
}
