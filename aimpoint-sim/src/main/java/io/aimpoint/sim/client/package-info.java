/**
 * How the simulator talks to an engine: {@link io.aimpoint.sim.client.EngineClient}, the public API
 * as a Java interface, with an in-process implementation that calls the engine's services with the
 * HTTP API's DTOs and an HTTP implementation for a remote server ({@code --target URL}); plus the
 * mutable {@link io.aimpoint.sim.client.SimClock} an in-process engine runs on.
 */
package io.aimpoint.sim.client;
