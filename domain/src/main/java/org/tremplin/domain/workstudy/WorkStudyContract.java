package org.tremplin.domain.workstudy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.error.RuleViolationException;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.shared.Require;

/**
 * A learner's apprenticeship or professionalisation contract with a host company. Dates are
 * inclusive; a broken contract ends on the day of the break. A learner's contracts never overlap
 * ({@link #requireNoOverlapWith}).
 */
public record WorkStudyContract(
        ContractId id,
        long version,
        LearnerId learnerId,
        PartnerId hostId,
        ContractKind kind,
        LocalDate startDate,
        LocalDate plannedEndDate,
        String jobTitle,
        String tutorName,
        Optional<ContractBreak> breakOff) {

    public static final int TEXT_MAX_LENGTH = 120;
    /** The law caps an apprenticeship at three years. */
    public static final int MAX_MONTHS = 36;

    public WorkStudyContract {
        Require.present(id, "id");
        Require.present(learnerId, "learnerId");
        Require.present(hostId, "hostId");
        Require.present(kind, "kind");
        Require.present(startDate, "startDate");
        Require.present(plannedEndDate, "plannedEndDate");
        if (!plannedEndDate.isAfter(startDate)) {
            throw new InvalidValueException("plannedEndDate", ErrorCodes.DATE_ORDER,
                    "plannedEndDate must come after startDate");
        }
        // Dates are inclusive: a 36-month contract from 1 September ends on 31 August, three years on.
        if (plannedEndDate.isAfter(startDate.plusMonths(MAX_MONTHS).minusDays(1))) {
            throw new InvalidValueException("plannedEndDate", ErrorCodes.OUT_OF_RANGE,
                    "a work-study contract lasts at most " + MAX_MONTHS + " months");
        }
        jobTitle = Require.text(jobTitle, "jobTitle", TEXT_MAX_LENGTH);
        tutorName = Require.text(tutorName, "tutorName", TEXT_MAX_LENGTH);
        Require.present(breakOff, "breakOff");
        if (breakOff.isPresent()) {
            LocalDate brokenOn = breakOff.get().on();
            if (brokenOn.isBefore(startDate) || !brokenOn.isBefore(plannedEndDate)) {
                throw new InvalidValueException("brokenOn", ErrorCodes.CONTRACT_BREAK_OUTSIDE,
                        "a contract is broken between its start and the day before its planned end");
            }
        }
    }

    public static WorkStudyContract sign(ContractId id, LearnerId learnerId, PartnerId hostId, ContractKind kind,
                                         LocalDate startDate, LocalDate plannedEndDate, String jobTitle,
                                         String tutorName) {
        return new WorkStudyContract(id, 0, learnerId, hostId, kind, startDate, plannedEndDate, jobTitle, tutorName,
                Optional.empty());
    }

    public boolean isBroken() {
        return breakOff.isPresent();
    }

    /** The last day of the contract: the day of the break, or the planned end. */
    public LocalDate effectiveEndDate() {
        return breakOff.map(ContractBreak::on).orElse(plannedEndDate);
    }

    public boolean overlaps(WorkStudyContract other) {
        return !startDate.isAfter(other.effectiveEndDate()) && !other.startDate.isAfter(effectiveEndDate());
    }

    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(effectiveEndDate());
    }

    /** Refuses this contract if it overlaps another contract of the same learner. */
    public void requireNoOverlapWith(Collection<WorkStudyContract> learnersContracts) {
        boolean clash = learnersContracts.stream()
                .filter(other -> other.learnerId.equals(learnerId) && !other.id.equals(id))
                .anyMatch(this::overlaps);
        if (clash) {
            throw new RuleViolationException("startDate", ErrorCodes.CONTRACT_OVERLAP,
                    "this contract overlaps another contract of the same learner");
        }
    }

    public WorkStudyContract breakOff(LocalDate on, BrokenBy by) {
        if (isBroken()) {
            throw new RuleViolationException("brokenOn", ErrorCodes.CONTRACT_ALREADY_BROKEN, "the contract is already broken");
        }
        return new WorkStudyContract(id, version, learnerId, hostId, kind, startDate, plannedEndDate, jobTitle, tutorName,
                Optional.of(new ContractBreak(on, by)));
    }

    public WorkStudyContract amend(ContractKind newKind, LocalDate newStart, LocalDate newPlannedEnd, String newJobTitle,
                                   String newTutorName) {
        return new WorkStudyContract(id, version, learnerId, hostId, newKind, newStart, newPlannedEnd, newJobTitle,
                newTutorName, breakOff);
    }

    public WorkStudyContract withVersion(long newVersion) {
        return new WorkStudyContract(id, newVersion, learnerId, hostId, kind, startDate, plannedEndDate, jobTitle,
                tutorName, breakOff);
    }

}
