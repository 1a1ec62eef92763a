package org.tremplin.domain.indicator;

import java.util.Arrays;
import java.util.List;
import org.tremplin.domain.applicant.Applicant;
import org.tremplin.domain.applicant.SelectionStage;

/** The selection funnel, one entry per stage from application to enrolment, in that order. */
public record FunnelIndicators(List<FunnelStage> stages) {
    public FunnelIndicators {
        stages = List.copyOf(stages);
    }

    FunnelIndicators withoutHealthData() {
        return new FunnelIndicators(stages.stream().map(FunnelStage::withoutHealthData).toList());
    }

    static FunnelIndicators measure(List<Applicant> applicants) {
        // SelectionStage.FUNNEL is a Set without order: the enum's declaration order gives the funnel's.
        List<FunnelStage> stages = Arrays.stream(SelectionStage.values())
                .filter(SelectionStage.FUNNEL::contains)
                .map(stage -> measure(stage, applicants))
                .toList();
        return new FunnelIndicators(stages);
    }

    private static FunnelStage measure(SelectionStage stage, List<Applicant> applicants) {
        List<Applicant> reached = applicants.stream().filter(applicant -> applicant.reached(stage)).toList();
        return new FunnelStage(stage, reached.size(), new Rate(reached.size(), applicants.size()),
                Diversity.among(reached, Applicant::profile, Applicant::disability, Applicant::appliedOn));
    }
}
