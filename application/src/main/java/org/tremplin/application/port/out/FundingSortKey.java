package org.tremplin.application.port.out;

public enum FundingSortKey { YEAR, AMOUNT }
