/**
 * Accepting behaviour events from publishers: validation, pseudonymization, the durable append to
 * the event log, and the profile updates that follow from it.
 */
package io.aimpoint.engine.ingest;
