package org.tremplin.application.port.out;

public enum PartnerSortKey { LEGAL_NAME, KIND }
