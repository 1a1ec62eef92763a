package org.tremplin.application.port.out;

public enum SchoolSortKey { NAME, TOWN, REGION, STATUS, OPENED_ON }
