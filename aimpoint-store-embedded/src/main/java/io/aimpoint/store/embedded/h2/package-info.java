/**
 * Relational stores on an embedded H2 database through plain JDBC, with the schema managed by
 * Flyway ({@code db/migration}, SQL that also runs on PostgreSQL): campaigns, API keys and the
 * ledger.
 */
package io.aimpoint.store.embedded.h2;
