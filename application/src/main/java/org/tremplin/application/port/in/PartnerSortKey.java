package org.tremplin.application.port.in;

public enum PartnerSortKey { LEGAL_NAME, KIND }
