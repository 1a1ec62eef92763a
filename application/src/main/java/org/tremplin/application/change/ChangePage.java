package org.tremplin.application.change;

import java.util.List;

/**
 * One page of the change feed.
 *
 * @param changes the changes the caller may see, oldest first
 * @param nextCursor where the next page starts: the sequence of the last entry examined, even one
 *     the caller may not see, so that nothing is read twice; the cursor asked for when nothing was
 *     examined
 * @param more whether entries ready to be read may follow at once; when false, ask again later
 */
public record ChangePage(List<Change> changes, long nextCursor, boolean more) {
    public ChangePage {
        changes = List.copyOf(changes);
    }
}
