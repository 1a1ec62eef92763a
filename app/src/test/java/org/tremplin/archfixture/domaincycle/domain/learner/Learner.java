package org.tremplin.archfixture.domaincycle.domain.learner;

import org.tremplin.archfixture.domaincycle.domain.school.School;

/** ... -> school: a cycle. */
public record Learner(String name, School school) {
}
