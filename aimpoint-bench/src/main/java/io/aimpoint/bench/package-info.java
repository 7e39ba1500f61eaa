/**
 * Benchmarks. {@link io.aimpoint.bench.DecisionLoad} is a closed-loop HTTP load generator for
 * {@code POST /v1/decisions}: N threads, each sending its next request as soon as the last one is
 * answered, with realistic request bodies from the simulator ({@link
 * io.aimpoint.bench.DecisionRequests}) and latencies in an HdrHistogram ({@link
 * io.aimpoint.bench.LoadResult}). The {@code aimpoint bench decisions} command wires it to a
 * running server or to one it starts in-process.
 */
package io.aimpoint.bench;
