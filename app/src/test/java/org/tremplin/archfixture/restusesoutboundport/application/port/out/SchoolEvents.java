package org.tremplin.archfixture.restusesoutboundport.application.port.out;

import java.util.ArrayList;
import java.util.List;

/** A sealed outbound port: one of its implementations is a record, the other is not. Still a port. */
public sealed interface SchoolEvents {
    void opened(String name);

    record Discarded() implements SchoolEvents {
        @Override
        public void opened(String name) {
        }
    }

    final class Logged implements SchoolEvents {
        private final List<String> names = new ArrayList<>();

        @Override
        public void opened(String name) {
            names.add(name);
        }
    }
}
