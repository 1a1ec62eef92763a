package org.tremplin.adapter.rest.support;

import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;
import java.util.function.Function;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;

/**
 * The answer of every list: one page as JSON, or every page as CSV when the caller accepts
 * {@code text/csv}. The list's own use case fetches a page; this decides which pages and how to write
 * them.
 */
@Singleton
public final class ListResponses {
    private final CsvDownloads csv;

    ListResponses(CsvDownloads csv) {
        this.csv = csv;
    }

    /** The use case's list method, such as {@code schools::list}: one page, filtered and ordered. */
    @FunctionalInterface
    public interface PagedList<F, K extends Enum<K>, T> {
        Page<T> list(F filter, Sort<K> order, PageRequest page);
    }

    /**
     * Reads the list's filter, then its order ({@code sort}, one of the keys of {@code byDefault}), then
     * answers as {@link #answer(ListQuery, Parameters, Function, Function, CsvExport)} does.
     *
     * @param filter reads the list's own filters from the query, {@code updated-since} among them
     */
    public <F, K extends Enum<K>, T> HttpResponse<?> answer(ListQuery query, Function<Parameters, F> filter,
                                                            Sort<K> byDefault, PagedList<F, K, T> list,
                                                            Function<? super T, ?> toJson, CsvExport<T> export) {
        Parameters parameters = new Parameters();
        F filtered = filter.apply(parameters);
        Sort<K> order = query.sort(parameters, byDefault.key().getDeclaringClass(), byDefault);
        return answer(query, parameters, page -> list.list(filtered, order, page), toJson, export);
    }

    /**
     * Reads the page asked for, then reports at once (400) every parameter that could not be read,
     * including the filters and sort already read into {@code parameters}; else answers. A CSV download
     * ignores {@code page} and {@code size}, yet an unreadable one is refused all the same, so that a
     * request means one thing whatever the format asked for.
     *
     * @param fetch one page of the list, with the filters and order already read
     */
    <T> HttpResponse<?> answer(ListQuery query, Parameters parameters, Function<PageRequest, Page<T>> fetch,
                                      Function<? super T, ?> toJson, CsvExport<T> export) {
        PageRequest request = query.pageRequest(parameters);
        parameters.complete();
        if (query.wantsCsv()) {
            return csv.all(export, fetch, query.csvFlavour());
        }
        return HttpResponse.ok(PageJson.of(fetch.apply(request), toJson));
    }
}
