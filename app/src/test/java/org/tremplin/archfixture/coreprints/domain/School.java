package org.tremplin.archfixture.coreprints.domain;

/** Violation: prints to the console. */
public record School(String name) {
    public School {
        System.out.println("new school " + name);
    }
}
