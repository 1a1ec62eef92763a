package org.tremplin.adapter.persistence.jdbc.support;

import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/**
 * The three statements a {@link RowTable} needs from the Micronaut Data repository of its main
 * table; each aggregate's repository interface only names its row type.
 *
 * @param <R> the mapped row, whose id is text
 */
public interface RowStore<R> extends GenericRepository<R, String> {
    List<R> findByIdIn(Collection<String> id);

    List<R> saveAll(Iterable<R> rows);

    R update(R row);
}
