package org.tremplin.ui.component;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;

/**
 * Fills a grid lazily from a use case's paged list: each scroll asks for the rows it shows (see
 * {@link PagedFetch}), under the filter the view's fields make at that moment, sorted by the
 * column the user chose. A sortable column names its sort key by its sort property, so that the
 * grid's sort order is the port's without a table of correspondences.
 */
public final class LazyGrid {
    private LazyGrid() {
    }

    /** A use case's list of rows under a filter and a sort, one page at a time. */
    @FunctionalInterface
    public interface SortedPages<F, K extends Enum<K>, T> {
        Page<T> list(F filter, Sort<K> sort, PageRequest page);
    }

    /** A use case's list of rows under a filter, in the order it chooses, one page at a time. */
    @FunctionalInterface
    public interface FilteredPages<F, T> {
        Page<T> list(F filter, PageRequest page);
    }

    /**
     * Rows filtered by what {@code filter} makes at each request and sorted by the grid's first
     * sort order, or by {@code unsorted} while the user has chosen none.
     */
    public static <T, F, K extends Enum<K>> void show(Grid<T> grid, SortedPages<F, K, T> pages, Supplier<F> filter,
                                                       Class<K> keys, Sort<K> unsorted) {
        grid.setItems(
                query -> {
                    F current = filter.get();
                    Sort<K> sort = sort(query.getSortOrders(), keys, unsorted);
                    return PagedFetch.fetch(query.getOffset(), query.getLimit(),
                            page -> pages.list(current, sort, page));
                },
                query -> {
                    F current = filter.get();
                    Sort<K> sort = sort(query.getSortOrders(), keys, unsorted);
                    return PagedFetch.count(page -> pages.list(current, sort, page));
                });
    }

    /** Rows filtered by what {@code filter} makes at each request, in the use case's order. */
    public static <T, F> void show(Grid<T> grid, FilteredPages<F, T> pages, Supplier<F> filter) {
        grid.setItems(
                query -> {
                    F current = filter.get();
                    return PagedFetch.fetch(query.getOffset(), query.getLimit(), page -> pages.list(current, page));
                },
                query -> {
                    F current = filter.get();
                    return PagedFetch.count(page -> pages.list(current, page));
                });
    }

    /** Every row the use case lists, in its order. */
    public static <T> void show(Grid<T> grid, Function<PageRequest, Page<T>> pages) {
        grid.setItems(query -> PagedFetch.fetch(query.getOffset(), query.getLimit(), pages),
                query -> PagedFetch.count(pages::apply));
    }

    /** The grid's first sort order as the port's sort key (the column's sort property is the key's name). */
    static <K extends Enum<K>> Sort<K> sort(List<QuerySortOrder> orders, Class<K> keys, Sort<K> unsorted) {
        if (orders.isEmpty()) {
            return unsorted;
        }
        QuerySortOrder order = orders.getFirst();
        K key = Enum.valueOf(keys, order.getSorted());
        return order.getDirection() == SortDirection.DESCENDING ? Sort.descending(key) : Sort.ascending(key);
    }
}
