package io.aimpoint.engine.decision;

import io.aimpoint.core.user.SemanticInterest;
import io.aimpoint.core.user.UserProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Ranker} decorator that moves the baseline's pCTR by how well each creative's text
 * matches the request context and, for consenting users, the user's semantic interests:
 *
 * <pre>
 *   logit(p') = logit(p) + βc · (simc − s̄c) + βu · (simu − s̄u)
 * </pre>
 *
 * where {@code simc} is the cosine of the context vector ({@link DecisionContext#contextVector})
 * and the creative vector ({@link AdCandidate#creativeVector}), {@code simu} that of the profile's
 * semantic vector and the creative vector, and {@code s̄} the mean of that similarity over this
 * decision's candidates ({@code s0}). A term is left out when its vectors are missing, so for a
 * user without consent (no profile) the context is the whole personal signal, and with no vectors
 * at all the baseline passes through unchanged. pCVR is not touched.
 *
 * <p>Why this form: it is the logistic model's additive update, so it behaves like one more feature
 * of a logistic CTR model whose other features the baseline sums up; it keeps p' in (0, 1) and
 * multiplies the odds by {@code e^(β·Δ)}. Why centre on the decision's mean: absolute BGE cosines
 * sit in a narrow band (unrelated texts ≈ 0.3–0.5, related ≈ 0.6–0.8) that shifts with text length
 * and language, so only the differences between the candidates of one request carry the signal;
 * centring also keeps the decision's mean logit, and so the baseline's calibration and the price
 * level against the reserve, roughly where the baseline put them.
 */
public final class ContextualRelevanceRanker implements Ranker {
  /** Keeps logit finite for a baseline that says 0 or 1. */
  private static final double EPSILON = 1e-9;

  private final Ranker baseline;
  private final ContextualRelevanceOptions options;

  public ContextualRelevanceRanker(Ranker baseline, ContextualRelevanceOptions options) {
    this.baseline = Objects.requireNonNull(baseline, "baseline");
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public List<ScoredCandidate> score(DecisionContext context, List<AdCandidate> candidates) {
    List<ScoredCandidate> scored = baseline.score(context, candidates);
    float[] contextVector = context.contextVector();
    float[] userVector =
        context
            .profile()
            .map(UserProfile::semantic)
            .filter(SemanticInterest::hasVector)
            .map(SemanticInterest::vector)
            .orElse(new float[0]);
    double[] contextSim = similarities(scored, contextVector);
    double[] userSim = similarities(scored, userVector);
    if (contextSim == null && userSim == null) {
      return scored;
    }
    double contextMean = mean(contextSim);
    double userMean = mean(userSim);
    List<ScoredCandidate> out = new ArrayList<>(scored.size());
    for (int i = 0; i < scored.size(); i++) {
      ScoredCandidate s = scored.get(i);
      double shift = 0;
      if (contextSim != null && !Double.isNaN(contextSim[i])) {
        shift += options.contextWeight() * (contextSim[i] - contextMean);
      }
      if (userSim != null && !Double.isNaN(userSim[i])) {
        shift += options.userWeight() * (userSim[i] - userMean);
      }
      out.add(shift == 0 ? s : adjusted(s, shift));
    }
    return out;
  }

  /** {@code s} with its pCTR's logit moved by {@code shift}; feature snapshots are kept. */
  private static ScoredCandidate adjusted(ScoredCandidate s, double shift) {
    return ScoredCandidate.of(s.candidate(), shifted(s.pCtr(), shift), s.pCvr())
        .withFeatures(s.requestFeatures(), s.candidateFeatures());
  }

  /** {@code p} with its logit moved by {@code shift}. */
  static double shifted(double p, double shift) {
    double clamped = Math.min(1 - EPSILON, Math.max(EPSILON, p));
    double logit = Math.log(clamped / (1 - clamped)) + shift;
    return 1 / (1 + Math.exp(-logit));
  }

  /**
   * The cosine of {@code vector} with each candidate's creative vector (NaN where the creative has
   * none or another dimension), or null when {@code vector} is empty or no candidate compares.
   */
  private static double[] similarities(List<ScoredCandidate> scored, float[] vector) {
    if (vector.length == 0) {
      return null;
    }
    double[] sims = new double[scored.size()];
    boolean any = false;
    for (int i = 0; i < sims.length; i++) {
      float[] creative = scored.get(i).candidate().creativeVector();
      if (creative.length == vector.length) {
        sims[i] = dot(vector, creative);
        any = true;
      } else {
        sims[i] = Double.NaN;
      }
    }
    return any ? sims : null;
  }

  private static double mean(double[] values) {
    if (values == null) {
      return 0;
    }
    double sum = 0;
    int n = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
