/**
 * Contract test suites for the storage ports: one abstract JUnit 5 class per port that every
 * implementation (in-memory, embedded, distributed) extends with a factory method. Each test checks
 * one sentence of the port's Javadoc.
 */
package io.aimpoint.testkit.contract;
