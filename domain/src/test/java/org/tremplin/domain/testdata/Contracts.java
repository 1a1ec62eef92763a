package org.tremplin.domain.testdata;

import java.time.LocalDate;
import java.util.Optional;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.workstudy.BrokenBy;
import org.tremplin.domain.workstudy.ContractBreak;
import org.tremplin.domain.workstudy.ContractId;
import org.tremplin.domain.workstudy.ContractKind;
import org.tremplin.domain.workstudy.WorkStudyContract;

/** Work-study contracts; by default a 12-month apprenticeship from 1 May 2019 to 30 April 2020. */
public final class Contracts {
    public static final LocalDate START = LocalDate.of(2019, 5, 1);
    public static final LocalDate PLANNED_END = LocalDate.of(2020, 4, 30);

    private ContractId id = Ids.contract(1);
    private LearnerId learner = Ids.learner();
    private LocalDate start = START;
    private LocalDate plannedEnd = PLANNED_END;
    private String jobTitle = "Développeuse data";
    private String tutorName = "Claire Martin";
    private Optional<ContractBreak> breakOff = Optional.empty();

    private Contracts() {
    }

    public static Contracts aContract() {
        return new Contracts();
    }

    public static WorkStudyContract contract() {
        return aContract().build();
    }

    public static WorkStudyContract from(LocalDate start, LocalDate plannedEnd) {
        return aContract().from(start).until(plannedEnd).build();
    }

    public Contracts withId(ContractId newId) {
        id = newId;
        return this;
    }

    public Contracts withId(int n) {
        return withId(Ids.contract(n));
    }

    public Contracts forLearner(LearnerId newLearner) {
        learner = newLearner;
        return this;
    }

    public Contracts from(LocalDate newStart) {
        start = newStart;
        return this;
    }

    public Contracts until(LocalDate newPlannedEnd) {
        plannedEnd = newPlannedEnd;
        return this;
    }

    public Contracts withJobTitle(String newJobTitle) {
        jobTitle = newJobTitle;
        return this;
    }

    public Contracts withTutorName(String newTutorName) {
        tutorName = newTutorName;
        return this;
    }

    public Contracts brokenOn(LocalDate on) {
        breakOff = Optional.of(new ContractBreak(on, BrokenBy.MUTUAL_AGREEMENT));
        return this;
    }

    public WorkStudyContract build() {
        return new WorkStudyContract(id, 0, learner, Ids.partner(2), ContractKind.APPRENTICESHIP, start, plannedEnd,
                jobTitle, tutorName, breakOff);
    }
}
