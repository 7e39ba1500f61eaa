/**
 * Contract test suites for the storage ports: abstract JUnit 5 classes per port (the ledger has
 * two: charges and reservations) that every implementation (in-memory, embedded, distributed)
 * extends with a factory method. Each test checks one sentence of the port's Javadoc.
 */
package io.aimpoint.testkit.contract;
