package org.tremplin.domain.testdata;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.tremplin.domain.applicant.ApplicantId;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.funding.FundingCommitmentId;
import org.tremplin.domain.funding.ParityRuleId;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.OutcomeId;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.programme.ProgrammeId;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.workstudy.ContractId;

/** Deterministic identifiers: the same kind and number always give the same id. */
public final class Ids {
    private Ids() {
    }

    public static UUID uuid(String kind, int n) {
        return UUID.nameUUIDFromBytes((kind + "-" + n).getBytes(StandardCharsets.UTF_8));
    }

    public static SchoolId school() {
        return school(1);
    }

    public static SchoolId school(int n) {
        return new SchoolId(uuid("school", n));
    }

    public static ProgrammeId programme() {
        return programme(1);
    }

    public static ProgrammeId programme(int n) {
        return new ProgrammeId(uuid("programme", n));
    }

    public static CohortId cohort() {
        return cohort(1);
    }

    public static CohortId cohort(int n) {
        return new CohortId(uuid("cohort", n));
    }

    public static ApplicantId applicant() {
        return applicant(1);
    }

    public static ApplicantId applicant(int n) {
        return new ApplicantId(uuid("applicant", n));
    }

    public static LearnerId learner() {
        return learner(1);
    }

    public static LearnerId learner(int n) {
        return new LearnerId(uuid("learner", n));
    }

    public static PartnerId partner() {
        return partner(1);
    }

    public static PartnerId partner(int n) {
        return new PartnerId(uuid("partner", n));
    }

    public static FundingCommitmentId commitment() {
        return commitment(1);
    }

    public static FundingCommitmentId commitment(int n) {
        return new FundingCommitmentId(uuid("commitment", n));
    }

    public static ParityRuleId parityRule() {
        return new ParityRuleId(uuid("parity-rule", 1));
    }

    public static ContractId contract() {
        return contract(1);
    }

    public static ContractId contract(int n) {
        return new ContractId(uuid("contract", n));
    }

    public static OutcomeId outcome() {
        return new OutcomeId(uuid("outcome", 1));
    }
}
