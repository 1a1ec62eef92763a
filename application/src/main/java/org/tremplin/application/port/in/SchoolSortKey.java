package org.tremplin.application.port.in;

public enum SchoolSortKey { NAME, TOWN, REGION, STATUS, OPENED_ON }
