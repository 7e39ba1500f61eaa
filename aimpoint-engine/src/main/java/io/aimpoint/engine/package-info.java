/**
 * The application layer: services that turn authenticated requests into domain operations over the
 * storage ports, and {@link io.aimpoint.engine.Engine}, which wires them together.
 */
package io.aimpoint.engine;
