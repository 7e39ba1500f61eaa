package io.aimpoint.bench.models;

/**
 * Times a scoring call: warms it up, then runs it for about a second and returns the mean wall time
 * per call in microseconds. A rough figure on a shared machine; the JMH benchmarks are the precise
 * ones.
 */
final class ScoringTimer {
  private static final long WARM_UP_NANOS = 300_000_000L;
  private static final long MEASURE_NANOS = 1_000_000_000L;

  /** Keeps the results alive so that the JIT cannot drop the calls. */
  private static volatile double sink;

  private ScoringTimer() {}

  /** Mean microseconds per call of {@code scoring}. */
  static double microsPerCall(java.util.function.Supplier<double[]> scoring) {
    run(scoring, WARM_UP_NANOS);
    long[] callsAndNanos = run(scoring, MEASURE_NANOS);
    return callsAndNanos[1] / 1000.0 / callsAndNanos[0];
  }

  private static long[] run(java.util.function.Supplier<double[]> scoring, long forNanos) {
    long start = System.nanoTime();
    long calls = 0;
    long elapsed;
    do {
      double[] out = scoring.get();
      sink += out[0];
      calls++;
      elapsed = System.nanoTime() - start;
    } while (elapsed < forNanos);
    return new long[] {calls, elapsed};
  }
}
