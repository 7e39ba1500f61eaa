/**
 * The ports: storage interfaces the engine depends on. Embedded (RocksDB, H2) and distributed
 * (Kafka, Redis, PostgreSQL) adapters implement them; every implementation runs the contract suites
 * in aimpoint-testkit.
 */
package io.aimpoint.core.store;
