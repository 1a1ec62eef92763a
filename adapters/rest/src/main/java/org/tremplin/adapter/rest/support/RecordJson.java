package org.tremplin.adapter.rest.support;

/**
 * The JSON of a record a caller can change: its id names it in the Location of its creation, its
 * version is its ETag.
 */
public interface RecordJson {
    String id();

    long version();
}
