package org.tremplin.application.change;

/**
 * Inbound port: what changed in the network, in the order the audit trail recorded it, for
 * integrators who keep a copy in step. A reader starts at cursor 0, then passes the
 * {@link ChangePage#nextCursor()} of each page to get the next one; it never reads an entry twice.
 * Only network-wide callers may read it, and each sees only the record types they may read.
 */
public interface ChangeFeed {
    /** The most changes one page may hold. */
    int MAX_LIMIT = 1000;

    /**
     * The changes recorded after {@code cursor}, oldest first.
     *
     * @param cursor 0 at first, then the {@code nextCursor} of the previous page
     * @param limit how many audit entries to examine, 1 to {@link #MAX_LIMIT}; the page may hold
     *     fewer changes when some concern record types the caller may not read
     */
    ChangePage changesAfter(long cursor, int limit);
}
