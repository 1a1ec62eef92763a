package org.tremplin.ui.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;

/** One page of a list already filtered and sorted, as the ports return it; remembers the pages asked for. */
public final class FakePages {
    public final List<PageRequest> requests = new CopyOnWriteArrayList<>();

    public <T> Page<T> page(List<T> matching, PageRequest page) {
        requests.add(page);
        int from = (int) Math.min(page.offset(), matching.size());
        int to = Math.min(from + page.size(), matching.size());
        return new Page<>(matching.subList(from, to), matching.size(), page);
    }

    /** The furthest row any request reached: a lazy grid stays far below the total. */
    public long furthestRow() {
        return requests.stream().mapToLong(request -> request.offset() + request.size()).max().orElse(0);
    }
}
