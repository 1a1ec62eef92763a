package org.tremplin.application.common;

public enum SortDirection {
    ASCENDING,
    DESCENDING
}
