package org.tremplin.app;

import io.micronaut.runtime.Micronaut;

public final class TremplinApplication {
    private TremplinApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(TremplinApplication.class, args);
    }
}
