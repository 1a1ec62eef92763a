package org.tremplin.application.port.out;

public enum ApplicantSortKey { APPLIED_ON, FAMILY_NAME, STAGE }
