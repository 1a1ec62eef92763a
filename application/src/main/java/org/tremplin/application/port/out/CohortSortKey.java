package org.tremplin.application.port.out;

public enum CohortSortKey { START_DATE, NAME }
