package org.tremplin.application.port.in;

public enum ProgrammeSortKey { TITLE }
