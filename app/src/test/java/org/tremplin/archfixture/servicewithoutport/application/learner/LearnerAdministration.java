package org.tremplin.archfixture.servicewithoutport.application.learner;

public interface LearnerAdministration {
    int enrolled();
}
