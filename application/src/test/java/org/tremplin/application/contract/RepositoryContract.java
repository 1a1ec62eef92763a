package org.tremplin.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tremplin.application.common.ConflictException;
import org.tremplin.application.common.NotFoundException;
import org.tremplin.application.port.out.Repository;

/**
 * What every repository port promises: versioned saves (optimistic locking), all-or-nothing
 * batches, lookups by id. Each port's contract extends this and adds its own lists and keys.
 */
public abstract class RepositoryContract<T, I> extends PortContract {

    protected abstract Repository<T, I> repository();

    /** A valid record never saved (version 0), whose references are already saved. */
    protected abstract T newRecord();

    /** The record with some field changed, keeping its id and version. */
    protected abstract T changed(T record);

    protected abstract I idOf(T record);

    protected abstract long versionOf(T record);

    protected abstract T withVersion(T record, long version);

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
                        conflict -> assertThat(conflict.code()).isEqualTo(ConflictException.STALE_VERSION));
        assertThat(repository().findById(idOf(saved))).contains(firstEdit);
    }

    @Test
    void inserting_an_id_that_exists_is_refused() {
        T saved = repository().save(newRecord());

        assertThatThrownBy(() -> repository().save(withVersion(saved, 0)))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.code()).isEqualTo(ConflictException.ALREADY_EXISTS));
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
}
