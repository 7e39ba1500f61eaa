/**
 * Thread-safe in-memory implementations of the storage ports, for tests of the engine and the
 * server. They honour the full port contracts (each runs its contract suite) but keep nothing
 * across restarts.
 */
package io.aimpoint.testkit.memory;
