package io.aimpoint.server;

import io.aimpoint.engine.Engine;
import java.util.function.Supplier;

/** What every handler shares: the engine, JSON, metrics, the body limit and the public base URL. */
record ServerContext(
    Engine engine,
    Json json,
    HttpMetrics metrics,
    long maxRequestBytes,
    Supplier<String> publicBaseUrl) {}
