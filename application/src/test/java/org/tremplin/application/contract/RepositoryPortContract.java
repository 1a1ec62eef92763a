package org.tremplin.application.contract;

import org.tremplin.domain.error.ErrorCodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.domain.error.NotFoundException;
import org.tremplin.application.port.out.Repository;

/**
 * What every repository port promises: versioned saves (optimistic locking), all-or-nothing
 * batches, lookups by id, and lists that keep only the records created or changed since an
 * instant. Each port's contract extends this and adds its own lists and keys.
 */
public abstract class RepositoryPortContract<T, I> extends PortContract {

    protected abstract Repository<T, I> repository();

    /** A valid record never saved (version 0), whose references are already saved. */
    protected abstract T newRecord();

    /** The record with some field changed, keeping its id and version. */
    protected abstract T changed(T record);

    private final Function<T, I> idOf;
    private final ToLongFunction<T> versionOf;
    private final RecordAtVersion<T> withVersion;

    protected RepositoryPortContract(Function<T, I> idOf, ToLongFunction<T> versionOf, RecordAtVersion<T> withVersion) {
        this.idOf = idOf;
        this.versionOf = versionOf;
        this.withVersion = withVersion;
    }

    /** How a record is copied at another version, such as {@code School::withVersion}. */
    @FunctionalInterface
    protected interface RecordAtVersion<T> {
        T withVersion(T record, long version);
    }

    protected final I idOf(T record) {
        return idOf.apply(record);
    }

    protected final long versionOf(T record) {
        return versionOf.applyAsLong(record);
    }

    protected final T withVersion(T record, long version) {
        return withVersion.withVersion(record, version);
    }

    /**
     * Every record the port's list returns when asked for those updated since {@code since}, all
     * other filters off; empty for a port that has no list.
     */
    protected abstract Optional<List<T>> listUpdatedSince(Instant since);

    @Test
    void a_saved_record_is_found_by_its_id_at_version_1() {
        T saved = repository().save(newRecord());

        assertThat(versionOf(saved)).isEqualTo(1);
        assertThat(repository().findById(idOf(saved))).contains(saved);
    }

    @Test
    void an_unknown_id_finds_nothing() {
        T neverSaved = newRecord();

        assertThat(repository().findById(idOf(neverSaved))).isEmpty();
    }

    @Test
    void an_update_over_the_stored_version_lands_and_moves_the_version_on() {
        T saved = repository().save(newRecord());

        T updated = repository().save(changed(saved));

        assertThat(versionOf(updated)).isEqualTo(2);
        assertThat(repository().findById(idOf(saved))).contains(updated);
        assertThat(updated).isNotEqualTo(withVersion(saved, 2));
    }

    @Test
    void a_stale_update_is_refused_and_the_newer_record_kept() {
        T saved = repository().save(newRecord());
        T firstEdit = repository().save(changed(saved));

        assertThatThrownBy(() -> repository().save(changed(saved)))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.code()).isEqualTo(ErrorCodes.STALE_VERSION));
        assertThat(repository().findById(idOf(saved))).contains(firstEdit);
    }

    @Test
    void inserting_an_id_that_exists_is_refused() {
        T saved = repository().save(newRecord());

        assertThatThrownBy(() -> repository().save(withVersion(saved, 0)))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.code()).isEqualTo(ErrorCodes.ALREADY_EXISTS));
        assertThat(repository().findById(idOf(saved))).contains(saved);
    }

    @Test
    void updating_a_record_never_saved_is_refused() {
        T neverSaved = withVersion(newRecord(), 4);

        assertThatThrownBy(() -> repository().save(neverSaved)).isInstanceOf(NotFoundException.class);
        assertThat(repository().findById(idOf(neverSaved))).isEmpty();
    }

    @Test
    void a_batch_saves_all_its_records() {
        long before = repository().count();

        List<T> saved = repository().saveAll(List.of(newRecord(), newRecord(), newRecord()));

        assertThat(saved).hasSize(3).allSatisfy(record -> assertThat(versionOf(record)).isEqualTo(1));
        assertThat(repository().count()).isEqualTo(before + 3);
    }

    @Test
    void a_batch_with_one_bad_record_saves_none_of_them() {
        T first = newRecord();
        T second = newRecord();
        long before = repository().count();

        assertThatThrownBy(() -> repository().saveAll(List.of(first, second, withVersion(first, 0))))
                .isInstanceOf(ConflictException.class);

        assertThat(repository().findById(idOf(first))).isEmpty();
        assertThat(repository().findById(idOf(second))).isEmpty();
        assertThat(repository().count()).isEqualTo(before);
    }

    @Test
    void updated_since_keeps_the_records_created_or_changed_at_or_after_the_instant() {
        assumeTrue(listUpdatedSince(Instant.EPOCH).isPresent(), "this port has no list");
        Instant first = ports.clock().instant();
        T untouched = repository().save(newRecord());
        T changedLater = repository().save(newRecord());
        Instant second = ports.clock().advance(Duration.ofSeconds(1));
        T createdLater = repository().save(newRecord());
        Instant third = ports.clock().advance(Duration.ofMinutes(5));
        T changed = repository().save(changed(changedLater));

        assertThat(updatedSince(first)).containsExactlyInAnyOrder(untouched, createdLater, changed);
        assertThat(updatedSince(first.minusNanos(1))).containsExactlyInAnyOrder(untouched, createdLater, changed);
        assertThat(updatedSince(second)).containsExactlyInAnyOrder(createdLater, changed);
        assertThat(updatedSince(second.plusNanos(1))).containsExactly(changed);
        assertThat(updatedSince(third)).containsExactly(changed);
        assertThat(updatedSince(third.plusNanos(1))).isEmpty();
    }

    @Test
    void a_record_saved_twice_in_the_same_instant_is_listed_once_from_that_instant() {
        assumeTrue(listUpdatedSince(Instant.EPOCH).isPresent(), "this port has no list");
        Instant now = ports.clock().instant();
        T saved = repository().save(newRecord());

        T again = repository().save(changed(saved));

        assertThat(updatedSince(now)).containsExactly(again);
        assertThat(updatedSince(now.plusNanos(1))).isEmpty();
    }

    @Test
    void a_batch_stamps_each_of_its_records() {
        assumeTrue(listUpdatedSince(Instant.EPOCH).isPresent(), "this port has no list");
        repository().save(newRecord());
        Instant later = ports.clock().advance(Duration.ofDays(1));

        List<T> batch = repository().saveAll(List.of(newRecord(), newRecord()));

        assertThat(updatedSince(later)).containsExactlyInAnyOrderElementsOf(batch);
    }

    @Test
    void a_refused_or_undone_update_leaves_the_record_where_it_was() {
        assumeTrue(listUpdatedSince(Instant.EPOCH).isPresent(), "this port has no list");
        T saved = repository().save(newRecord());
        T current = repository().save(changed(saved));
        Instant later = ports.clock().advance(Duration.ofHours(1));

        assertThatThrownBy(() -> repository().save(saved)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ports.transactions().run(() -> {
            repository().save(withVersion(saved, versionOf(current)));
            throw new IllegalStateException("the unit of work fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(updatedSince(later)).isEmpty();
        assertThat(updatedSince(later.minus(Duration.ofHours(1)))).containsExactly(current);
    }

    /**
     * Clocks may tell nanoseconds; a database keeps microseconds. Stamps round up, so that asking
     * from the very instant of a change, however fine, still finds it.
     */
    @Test
    void instants_finer_than_a_microsecond_never_lose_a_change() {
        assumeTrue(listUpdatedSince(Instant.EPOCH).isPresent(), "this port has no list");
        Instant fine = AdjustableClock.START.plus(Duration.ofDays(3)).plusNanos(1_500);
        ports.clock().set(fine);

        T saved = repository().save(newRecord());

        assertThat(updatedSince(fine)).containsExactly(saved);
        assertThat(updatedSince(fine.plusNanos(500))).containsExactly(saved);
        assertThat(updatedSince(fine.plusNanos(501))).isEmpty();
    }

    private List<T> updatedSince(Instant since) {
        return listUpdatedSince(since).orElseThrow();
    }
}
