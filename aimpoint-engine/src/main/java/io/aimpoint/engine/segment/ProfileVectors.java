package io.aimpoint.engine.segment;

import io.aimpoint.core.user.UserProfile;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Turns a profile into a fixed-length vector: the interest weights over a category vocabulary,
 * scaled to unit length, followed by the semantic vector reduced by a seeded random projection to
 * {@code semanticDims} dimensions and scaled to length {@code semanticWeight} (zeros when the
 * profile has none). Decay multiplies all of a profile's interest weights by one factor, so the
 * unit scaling makes the vector independent of the profile's age. Pure and deterministic.
 *
 * <p>Only profiles with interests or a semantic vector are {@link #clusterable}: both are built
 * from consented events only, so a user without consent never has a vector.
 */
public final class ProfileVectors {
  private final List<String> categories;
  private final Map<String, Integer> index = new HashMap<>();
  private final int semanticDims;
  private final double semanticWeight;
  private final long seed;
  private volatile float[][] projection;

  /**
   * @param categories the vocabulary, one dimension each, in this order
   * @param semanticDims dimensions the semantic vector is projected to (0 to ignore it)
   * @param semanticWeight length of the semantic part relative to the interest part (length 1)
   * @param seed seed of the random projection
   */
  public ProfileVectors(
      List<String> categories, int semanticDims, double semanticWeight, long seed) {
    if (semanticDims < 0 || semanticWeight < 0) {
      throw new IllegalArgumentException(
          "semantic dims and weight must not be negative; semanticDims="
              + semanticDims
              + " semanticWeight="
              + semanticWeight);
    }
    this.categories = List.copyOf(categories);
    for (int i = 0; i < this.categories.size(); i++) {
      index.put(this.categories.get(i), i);
    }
    this.semanticDims = semanticDims;
    this.semanticWeight = semanticWeight;
    this.seed = seed;
  }

  /**
   * The vocabulary of the given profiles: the {@code maxCategories} categories with the largest
   * total share of interest (each profile's weights scaled to sum 1), ties by name.
   */
  public static List<String> vocabulary(Collection<UserProfile> profiles, int maxCategories) {
    Map<String, Double> totals = new HashMap<>();
    for (UserProfile p : profiles) {
      double sum = p.interests().values().stream().mapToDouble(Double::doubleValue).sum();
      if (sum > 0) {
        p.interests().forEach((c, w) -> totals.merge(c, w / sum, Double::sum));
      }
    }
    return totals.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(maxCategories)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Whether the profile has anything to place it: interests or a semantic vector. */
  public static boolean clusterable(UserProfile profile) {
    return !profile.interests().isEmpty() || profile.semantic().hasVector();
  }

  public List<String> categories() {
    return categories;
  }

  public int dimension() {
    return categories.size() + semanticDims;
  }

  /** The profile's vector, {@link #dimension()} long. */
  public double[] vector(UserProfile profile) {
    double[] v = new double[dimension()];
    profile
        .interests()
        .forEach(
            (c, w) -> {
              Integer i = index.get(c);
              if (i != null) {
                v[i] = w;
              }
            });
    scale(v, 0, categories.size(), 1.0);
    if (semanticDims > 0 && profile.semantic().hasVector()) {
      project(profile.semantic().vector(), v, categories.size());
      scale(v, categories.size(), v.length, semanticWeight);
    }
    return v;
  }

  private void project(float[] semantic, double[] into, int offset) {
    float[][] p = projection(semantic.length);
    for (int d = 0; d < semanticDims; d++) {
      double s = 0;
      for (int j = 0; j < semantic.length; j++) {
        s += p[d][j] * semantic[j];
      }
      into[offset + d] = s;
    }
  }

  // The embedder's dimension is only known from the first vector; a ±1 projection keeps cosines
  // approximately (Johnson-Lindenstrauss) and is the same for every profile of one seed.
  private float[][] projection(int inputDims) {
    float[][] p = projection;
    if (p == null || p[0].length != inputDims) {
      SplittableRandom random = new SplittableRandom(seed);
      p = new float[semanticDims][inputDims];
      for (float[] row : p) {
        for (int j = 0; j < inputDims; j++) {
          row[j] = random.nextBoolean() ? 1f : -1f;
        }
      }
      projection = p;
    }
    return p;
  }

  private static void scale(double[] v, int from, int to, double length) {
    double norm = 0;
    for (int i = from; i < to; i++) {
      norm += v[i] * v[i];
    }
    if (norm == 0) {
      return;
    }
    double f = length / Math.sqrt(norm);
    for (int i = from; i < to; i++) {
      v[i] *= f;
    }
  }

  /** Cosine similarity; 0 when either vector is zero. */
  public static double cosine(double[] a, double[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
