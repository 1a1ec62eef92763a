/**
 * The persistence ports over MariaDB or MySQL. Every bean here and in the packages below is switched
 * on by one condition, the configuration choosing this adapter; the in-memory adapter is wired
 * exactly when it is not.
 */
@Configuration
@Requires(property = "tremplin.persistence", value = "jdbc")
package org.tremplin.adapter.persistence.jdbc;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
