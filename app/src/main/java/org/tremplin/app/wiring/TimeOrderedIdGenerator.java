package org.tremplin.app.wiring;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.UUID;
import org.tremplin.application.port.out.IdGenerator;

/** UUIDv7 identifiers (RFC 9562): time-ordered, so new rows land at the end of an index. */
final class TimeOrderedIdGenerator implements IdGenerator {
    private final TimeBasedEpochGenerator generator = Generators.timeBasedEpochGenerator();

    @Override
    public UUID next() {
        return generator.generate();
    }
}
