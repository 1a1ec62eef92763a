package org.tremplin.application.port.in;

public enum ApplicantSortKey { APPLIED_ON, FAMILY_NAME, STAGE }
