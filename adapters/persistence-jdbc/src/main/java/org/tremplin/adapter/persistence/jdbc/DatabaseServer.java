package org.tremplin.adapter.persistence.jdbc;

/** The server the pool connects to: a configured one, or the embedded one. */
public interface DatabaseServer {
    String jdbcUrl();

    String username();

    String password();
}
