/**
 * Single-node implementations of the storage ports under one data directory: RocksDB for the event
 * log, profiles and counters; H2 (JDBC + Flyway) for campaigns, API keys and the ledger. {@link
 * io.aimpoint.store.embedded.EmbeddedStores} opens them all.
 */
package io.aimpoint.store.embedded;
