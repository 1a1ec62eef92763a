package org.tremplin.archfixture.domaincycle.domain.school;

import java.util.List;
import org.tremplin.archfixture.domaincycle.domain.learner.Learner;

/** Violation: school -> learner ... */
public record School(String name, List<Learner> learners) {
}
