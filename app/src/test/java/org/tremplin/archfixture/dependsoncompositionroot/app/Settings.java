package org.tremplin.archfixture.dependsoncompositionroot.app;

public final class Settings {
    public static final int CAPACITY = 100;

    public int capacity() {
        return CAPACITY;
    }

    public static int defaultCapacity() {
        return CAPACITY * 2;
    }
}
