/**
 * The HTTP API on Helidon SE: routes, authentication, JSON mapping, RFC 7807 problem responses, the
 * OpenAPI document and Prometheus metrics. Handlers are plain blocking code on virtual threads that
 * call the engine's services.
 */
package io.aimpoint.server;
