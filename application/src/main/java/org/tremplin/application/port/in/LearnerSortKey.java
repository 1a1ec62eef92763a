package org.tremplin.application.port.in;

public enum LearnerSortKey { FAMILY_NAME, ENROLLED_ON }
