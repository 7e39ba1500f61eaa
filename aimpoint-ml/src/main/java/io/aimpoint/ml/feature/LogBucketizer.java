package io.aimpoint.ml.feature;

/**
 * Quantile-free bucketing of a numeric value on a logarithmic scale, so that counts, prices and
 * durations spanning many orders of magnitude become a few dozen categorical tokens without a pass
 * over the data to compute quantiles.
 *
 * <p>With {@code stepsPerOctave = s}, a value {@code x >= 1} falls in bucket {@code 2 + floor(s *
 * log2(x))}; {@code 0} is bucket 0, values in {@code (0, 1)} bucket 1, and a negative value {@code
 * x} the bucket {@code -bucket(-x)}. For {@code s = 1} the octave is read straight from the binary
 * exponent (no logarithm), which is exact. NaN and infinities map to {@link #NOT_A_NUMBER} so that
 * callers can treat them as missing.
 */
public final class LogBucketizer {
  /** Bucket of NaN and infinite values. */
  public static final int NOT_A_NUMBER = Integer.MIN_VALUE;

  private final int stepsPerOctave;

  /** Creates a bucketizer with {@code stepsPerOctave} buckets per doubling (1..16). */
  public LogBucketizer(int stepsPerOctave) {
    if (stepsPerOctave < 1 || stepsPerOctave > 16) {
      throw new IllegalArgumentException(
          "stepsPerOctave must be in 1..16; stepsPerOctave=" + stepsPerOctave);
    }
    this.stepsPerOctave = stepsPerOctave;
  }

  /** One bucket per doubling: 1, 2-3, 4-7, 8-15, ... */
  public static LogBucketizer octaves() {
    return new LogBucketizer(1);
  }

  public int stepsPerOctave() {
    return stepsPerOctave;
  }

  /** The bucket of {@code x}. */
  public int bucket(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return NOT_A_NUMBER;
    }
    if (x < 0) {
      return -bucket(-x);
    }
    if (x == 0) {
      return 0;
    }
    if (x < 1) {
      return 1;
    }
    if (stepsPerOctave == 1) {
      return 2 + Math.getExponent(x);
    }
    return 2 + (int) Math.floor(stepsPerOctave * (Math.log(x) / Math.log(2)));
  }

  /** The bucket of an integer, exact for every {@code long} when one step per octave. */
  public int bucket(long x) {
    if (stepsPerOctave == 1 && x != Long.MIN_VALUE) {
      long abs = Math.abs(x);
      int b = abs == 0 ? 0 : 2 + 63 - Long.numberOfLeadingZeros(abs);
      return x < 0 ? -b : b;
    }
    return bucket((double) x);
  }
}
