package org.tremplin.application.contract;

import org.tremplin.application.port.out.ApiTokens;
import org.tremplin.application.port.out.Applicants;
import org.tremplin.application.port.out.AuditTrail;
import org.tremplin.application.port.out.Cohorts;
import org.tremplin.application.port.out.EmploymentOutcomes;
import org.tremplin.application.port.out.FundingCommitments;
import org.tremplin.application.port.out.IdempotencyRecords;
import org.tremplin.application.port.out.IndicatorQueries;
import org.tremplin.application.port.out.Learners;
import org.tremplin.application.port.out.ParityRules;
import org.tremplin.application.port.out.Partners;
import org.tremplin.application.port.out.Programmes;
import org.tremplin.application.port.out.Schools;
import org.tremplin.application.port.out.Transactions;
import org.tremplin.application.port.out.UserAccounts;
import org.tremplin.application.port.out.WarningQueries;
import org.tremplin.application.port.out.WorkStudyContracts;

/**
 * One adapter's implementation of every persistence port, over one empty database.
 *
 * @param clock the clock the adapter stamps records with, at {@link AdjustableClock#START}
 */
public record PersistencePorts(
        Schools schools,
        Programmes programmes,
        Cohorts cohorts,
        Applicants applicants,
        Learners learners,
        Partners partners,
        FundingCommitments funding,
        ParityRules parityRules,
        WorkStudyContracts contracts,
        EmploymentOutcomes outcomes,
        IndicatorQueries indicators,
        Transactions transactions,
        AuditTrail auditTrail,
        UserAccounts userAccounts,
        ApiTokens apiTokens,
        IdempotencyRecords idempotencyRecords,
        AdjustableClock clock,
        WarningQueries warnings) {
}
