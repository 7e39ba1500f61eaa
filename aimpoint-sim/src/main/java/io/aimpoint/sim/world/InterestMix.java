package io.aimpoint.sim.world;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A user's latent interests: a probability vector over the categories of a {@link Taxonomy},
 * usually concentrated on one to four of them. Immutable; the array is indexed by {@link
 * Category#index()}.
 */
public final class InterestMix {
  /** Weights below this are dropped when a mix drifts, which keeps mixes sparse. */
  public static final double PRUNE_BELOW = 0.02;

  private final double[] weights;

  private InterestMix(double[] normalized) {
    this.weights = normalized;
  }

  /** A mix proportional to {@code raw} (non-negative, not all zero). */
  public static InterestMix of(double[] raw) {
    double sum = 0;
    for (double w : raw) {
      if (!(w >= 0)) {
        throw new IllegalArgumentException(
            "interest weights must be >= 0; weights=" + Arrays.toString(raw));
      }
      sum += w;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException("interest weights must not all be 0");
    }
    double[] normalized = new double[raw.length];
    for (int i = 0; i < raw.length; i++) {
      normalized[i] = raw[i] / sum;
    }
    return new InterestMix(normalized);
  }

  /** Number of categories (dimension of the vector). */
  public int size() {
    return weights.length;
  }

  /** The weight of the category with this index, in [0, 1]. */
  public double weight(int category) {
    return weights[category];
  }

  /** A copy of the weight vector. */
  public double[] weights() {
    return weights.clone();
  }

  /** How many categories have a positive weight. */
  public int support() {
    int n = 0;
    for (double w : weights) {
      n += w > 0 ? 1 : 0;
    }
    return n;
  }

  /** The index of the heaviest category (the lowest index on ties). */
  public int top() {
    int best = 0;
    for (int i = 1; i < weights.length; i++) {
      if (weights[i] > weights[best]) {
        best = i;
      }
    }
    return best;
  }

  /**
   * How much the user cares about {@code category}, in [0, 1]: {@code min(1, sum_j (w_j / w_max) *
   * R[j][category])} with R the taxonomy's relatedness. Dividing by the top weight makes every
   * user's favourite category score 1, however many interests they spread over.
   */
  public double affinity(int category, Taxonomy taxonomy) {
    double max = weights[top()];
    double sum = 0;
    for (int j = 0; j < weights.length; j++) {
      if (weights[j] > 0) {
        sum += weights[j] / max * taxonomy.relatedness(j, category);
      }
    }
    return Math.min(1.0, sum);
  }

  /** A category drawn with probability equal to its weight. */
  public int sample(RandomGenerator rng) {
    return Sampling.weightedIndex(rng, weights);
  }

  /**
   * A category drawn proportionally to its squared weight: reinforcement favours strong interests,
   * which keeps a drifting mix from spreading out over every category it ever touched.
   */
  private int reinforced(RandomGenerator rng) {
    double[] squared = new double[weights.length];
    for (int i = 0; i < weights.length; i++) {
      squared[i] = weights[i] * weights[i];
    }
    return Sampling.weightedIndex(rng, squared);
  }

  /** Half the L1 distance to {@code other}, in [0, 1]. */
  public double totalVariation(InterestMix other) {
    double d = 0;
    for (int i = 0; i < weights.length; i++) {
      d += Math.abs(weights[i] - other.weights[i]);
    }
    return d / 2;
  }

  /** {@code (1 - t) * this + t * other}, for t in [0, 1]. */
  public InterestMix interpolate(InterestMix other, double t) {
    double[] out = new double[weights.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (1 - t) * weights[i] + t * other.weights[i];
    }
    return new InterestMix(out);
  }

  /**
   * One day of drift: moves {@code rate} of the mass towards a single category, usually one the
   * user already likes strongly (reinforcement), sometimes a new one drawn from {@code popularity};
   * weights below {@link #PRUNE_BELOW} are then dropped. The total variation of one step is at most
   * about {@code rate + support * PRUNE_BELOW}.
   */
  public InterestMix drift(double rate, double[] popularity, RandomGenerator rng) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("drift rate must be in [0, 1]; rate=" + rate);
    }
    int target =
        rng.nextDouble() < 0.75 ? reinforced(rng) : Sampling.weightedIndex(rng, popularity);
    int keep = top();
    double[] next = new double[weights.length];
    for (int i = 0; i < next.length; i++) {
      next[i] = (1 - rate) * weights[i] + (i == target ? rate : 0);
      if (next[i] < PRUNE_BELOW && i != keep) {
        next[i] = 0;
      }
    }
    return of(next);
  }

  /** The positive weights keyed by category id, heaviest first. */
  public Map<String, Double> byCategoryId(Taxonomy taxonomy) {
    Integer[] order = new Integer[weights.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Double.compare(weights[b], weights[a]));
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i : order) {
      if (weights[i] > 0) {
        out.put(taxonomy.get(i).id(), weights[i]);
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InterestMix other && Arrays.equals(weights, other.weights);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return "InterestMix" + Arrays.toString(weights);
  }
}
