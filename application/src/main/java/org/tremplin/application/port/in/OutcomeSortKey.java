package org.tremplin.application.port.in;

public enum OutcomeSortKey { OBSERVED_ON }
