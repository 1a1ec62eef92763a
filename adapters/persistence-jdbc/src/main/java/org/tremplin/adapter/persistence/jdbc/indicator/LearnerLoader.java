package org.tremplin.adapter.persistence.jdbc.indicator;

import java.util.List;
import org.tremplin.domain.learner.Learner;

/** Reads whole learners, for what the domain works out from their profile (the learners' table implements it). */
public interface LearnerLoader {
    /** The learners with these ids, in any order, read in the caller's transaction. */
    List<Learner> learners(List<String> ids);
}
