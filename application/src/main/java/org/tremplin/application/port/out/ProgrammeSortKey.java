package org.tremplin.application.port.out;

public enum ProgrammeSortKey { TITLE }
