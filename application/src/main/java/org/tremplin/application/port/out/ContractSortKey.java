package org.tremplin.application.port.out;

public enum ContractSortKey { START_DATE, PLANNED_END_DATE }
