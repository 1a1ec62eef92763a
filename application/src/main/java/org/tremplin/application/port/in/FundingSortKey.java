package org.tremplin.application.port.in;

public enum FundingSortKey { YEAR, AMOUNT }
