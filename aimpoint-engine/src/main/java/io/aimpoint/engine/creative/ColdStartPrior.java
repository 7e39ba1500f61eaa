package io.aimpoint.engine.creative;

import io.aimpoint.core.ranking.BetaPrior;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The cold-start prior of a creative without data: a Beta prior whose mean is the
 * similarity-weighted click-through rate of the {@code k} existing creatives whose text embeddings
 * are most similar (cosine) to its own, and whose strength grows with how similar they are:
 *
 * <pre>
 *   neighbours = the k creatives with >= minImpressions impressions and the highest cos(v, v_j) > 0
 *   mean       = sum_j cos_j * ctr_j / sum_j cos_j          (ctr_j = clicks_j / impressions_j)
 *   strength   = maxStrength * sum_j cos_j / k              (so at most maxStrength impressions)
 * </pre>
 *
 * A bounded strength keeps the prior an opinion, not evidence: after about {@code maxStrength}
 * impressions of its own, a creative's data weigh as much as its neighbours'. Without a vector or
 * any similar neighbour, the fallback prior applies.
 */
public final class ColdStartPrior {
  private final int k;
  private final double maxStrength;
  private final long minImpressions;

  public ColdStartPrior(int k, double maxStrength, long minImpressions) {
    if (k < 1 || !(maxStrength > 0) || minImpressions < 1) {
      throw new IllegalArgumentException(
          "need k >= 1, maxStrength > 0, minImpressions >= 1; k="
              + k
              + ", maxStrength="
              + maxStrength
              + ", minImpressions="
              + minImpressions);
    }
    this.k = k;
    this.maxStrength = maxStrength;
    this.minImpressions = minImpressions;
  }

  /** An existing creative: its text embedding and its delivery so far. */
  public record Neighbour(String creativeId, float[] vector, long impressions, long clicks) {}

  /** The prior of a creative with text embedding {@code vector}, given the existing creatives. */
  public BetaPrior prior(float[] vector, List<Neighbour> existing, BetaPrior fallback) {
    if (vector == null || vector.length == 0) {
      return fallback;
    }
    record Scored(double similarity, double ctr) {}
    List<Scored> scored = new ArrayList<>();
    for (Neighbour n : existing) {
      if (n.impressions() < minImpressions || n.vector().length != vector.length) {
        continue;
      }
      double similarity = cosine(vector, n.vector());
      if (similarity > 0) {
        scored.add(new Scored(similarity, (double) n.clicks() / n.impressions()));
      }
    }
    if (scored.isEmpty()) {
      return fallback;
    }
    scored.sort(Comparator.comparingDouble(Scored::similarity).reversed());
    double weights = 0;
    double weighted = 0;
    for (Scored s : scored.subList(0, Math.min(k, scored.size()))) {
      weights += s.similarity();
      weighted += s.similarity() * s.ctr();
    }
    return BetaPrior.withMean(weighted / weights, maxStrength * Math.min(1, weights / k));
  }

  static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
      na += (double) a[i] * a[i];
      nb += (double) b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
