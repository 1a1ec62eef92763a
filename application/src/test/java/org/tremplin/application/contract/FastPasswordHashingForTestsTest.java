package org.tremplin.application.contract;

import org.tremplin.application.port.out.PasswordHashing;

/** The test stand-in keeps the promises of the real thing, so tests using it mean something. */
class FastPasswordHashingForTestsTest extends PasswordHashingPortContract {
    private final PasswordHashing hashing = new FastPasswordHashingForTests();

    @Override
    protected PasswordHashing hashing() {
        return hashing;
    }
}
