package org.tremplin.application.port.out;

public enum LearnerSortKey { FAMILY_NAME, ENROLLED_ON }
