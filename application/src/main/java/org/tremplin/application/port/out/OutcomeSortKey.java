package org.tremplin.application.port.out;

public enum OutcomeSortKey { OBSERVED_ON }
