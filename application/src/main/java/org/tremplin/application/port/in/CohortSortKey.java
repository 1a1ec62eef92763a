package org.tremplin.application.port.in;

public enum CohortSortKey { START_DATE, NAME }
