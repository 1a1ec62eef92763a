package org.tremplin.archfixture.conforming.application.port.out;

public interface PasswordHashing {
    String hash(String password);

    boolean matches(String password, String hash);
}
