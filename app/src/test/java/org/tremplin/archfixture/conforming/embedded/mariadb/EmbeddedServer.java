package org.tremplin.archfixture.conforming.embedded.mariadb;

/** Conforming: a support module of plain Java, depending on no Tremplin code at all. */
public final class EmbeddedServer {
    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:3306/" + database;
    }
}
