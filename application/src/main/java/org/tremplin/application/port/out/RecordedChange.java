package org.tremplin.application.port.out;

import java.util.Objects;

/**
 * An audit entry with its place in the trail: sequences grow with every entry written, so a reader
 * that remembers the last one it saw can ask for what came after.
 */
public record RecordedChange(long sequence, AuditEntry entry) {
    public RecordedChange {
        Objects.requireNonNull(entry, "entry");
    }
}
