package org.tremplin.adapter.rest.support;

/**
 * A use case's method that changes the record {@code id} names, from the version its caller read, with
 * one value read from the request: {@code schools::open} takes a day, {@code partners::amend} the
 * partner's details.
 *
 * @param <I> the record's identifier
 * @param <V> the value read from the request
 * @param <R> the record as it now is
 */
@FunctionalInterface
public interface VersionedChange<I, V, R> {
    R apply(I id, long version, V value);
}
