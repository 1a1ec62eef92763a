package org.tremplin.archfixture.conforming.adapter.password;

import org.tremplin.archfixture.conforming.application.port.out.PasswordHashing;

/** Conforming: a driven adapter outside persistence, depending on the core and the JDK only. */
public final class SlowPasswordHashing implements PasswordHashing {
    @Override
    public String hash(String password) {
        return "hashed:" + password.length();
    }

    @Override
    public boolean matches(String password, String hash) {
        return hash(password).equals(hash);
    }
}
