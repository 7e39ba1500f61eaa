package io.aimpoint.ml.text;

/** Small dense-vector helpers for embeddings (plain loops; 512 floats are cheap enough here). */
public final class Vectors {

  private Vectors() {}

  /** The dot product; for unit vectors this is the cosine similarity. */
  public static double dot(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "vector lengths differ: a.length=" + a.length + ", b.length=" + b.length);
    }
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (double) a[i] * b[i];
    }
    return sum;
  }

  /** The Euclidean norm. */
  public static double norm(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += (double) x * x;
    }
    return Math.sqrt(sum);
  }

  /**
   * Scales {@code v} in place to unit length and returns it. A zero vector stays zero: there is no
   * direction to keep, and NaNs would poison every similarity computed from it.
   */
  public static float[] normalizeInPlace(float[] v) {
    double norm = norm(v);
    if (norm > 0) {
      float inverse = (float) (1.0 / norm);
      for (int i = 0; i < v.length; i++) {
        v[i] *= inverse;
      }
    }
    return v;
  }

  /** The unit-length mean of the given vectors (the centroid direction). */
  public static float[] normalizedMean(float[]... vectors) {
    if (vectors.length == 0) {
      throw new IllegalArgumentException("need at least one vector; vectors.length=0");
    }
    float[] mean = new float[vectors[0].length];
    for (float[] v : vectors) {
      if (v.length != mean.length) {
        throw new IllegalArgumentException(
            "vector lengths differ: " + v.length + " vs " + mean.length);
      }
      for (int i = 0; i < v.length; i++) {
        mean[i] += v[i];
      }
    }
    return normalizeInPlace(mean);
  }
}
