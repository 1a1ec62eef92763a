package org.tremplin.application.port.in;

public enum ContractSortKey { START_DATE, PLANNED_END_DATE }
