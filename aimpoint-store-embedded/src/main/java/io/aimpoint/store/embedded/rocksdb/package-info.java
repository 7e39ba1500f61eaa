/**
 * Key-value stores on one embedded RocksDB with a column family per purpose: the event log (with id
 * and per-user indexes), user profiles and counters.
 */
package io.aimpoint.store.embedded.rocksdb;
