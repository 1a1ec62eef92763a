package org.tremplin.adapter.persistence.jdbc;

/**
 * The server the pool connects to: the configured one ({@link ConfiguredDatabaseServer}) or, with
 * no URL configured, one the application provides (the embedded MariaDB of a developer's machine),
 * which this adapter does not know.
 */
public interface DatabaseServer {
    String jdbcUrl();

    String username();

    String password();
}
