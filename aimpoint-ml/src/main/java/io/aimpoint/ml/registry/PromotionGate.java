package io.aimpoint.ml.registry;

import io.aimpoint.ml.eval.Evaluation;
import java.util.Locale;

/**
 * When a challenger may replace the champion: its metric on the same validation data must beat the
 * champion's by at least {@code margin} (AUC higher, log-loss lower). A NaN metric (e.g. AUC on
 * data with one class) never wins.
 *
 * @param metric the metric compared
 * @param margin the required improvement, non-negative
 */
public record PromotionGate(Metric metric, double margin) {

  /** The metric a gate compares. */
  public enum Metric {
    /** Area under the ROC curve; higher is better. */
    AUC,
    /** Mean log-loss; lower is better. */
    LOGLOSS;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code auc} or {@code logloss}. */
    public static Metric parse(String id) {
      for (Metric m : values()) {
        if (m.id().equalsIgnoreCase(id.strip())) {
          return m;
        }
      }
      throw new IllegalArgumentException("unknown metric; metric=" + id + ", known: auc, logloss");
    }

    /** This metric of an evaluation. */
    public double of(Evaluation e) {
      return this == AUC ? e.auc() : e.logLoss();
    }
  }

  public PromotionGate {
    if (metric == null) {
      throw new IllegalArgumentException("metric must not be null");
    }
    if (!(margin >= 0)) {
      throw new IllegalArgumentException("margin must be >= 0; margin=" + margin);
    }
  }

  /** AUC must improve by 0.001: about the smallest AUC gain that reliably shows online. */
  public static PromotionGate defaults() {
    return new PromotionGate(Metric.AUC, 0.001);
  }

  /** Whether the challenger's value beats the champion's by the margin. */
  public boolean accepts(double challengerValue, double championValue) {
    if (Double.isNaN(challengerValue) || Double.isNaN(championValue)) {
      return false;
    }
    return metric == Metric.AUC
        ? challengerValue >= championValue + margin
        : challengerValue <= championValue - margin;
  }

  /** A sentence explaining the decision. */
  public String explain(double challengerValue, double championValue, boolean accepted) {
    String cmp = metric == Metric.AUC ? ">=" : "<=";
    String sign = metric == Metric.AUC ? "+" : "-";
    return String.format(
        Locale.ROOT,
        "%s: challenger %.6f %s champion %.6f %s margin %.6f is %s",
        metric.id(),
        challengerValue,
        cmp,
        championValue,
        sign,
        margin,
        accepted ? "true" : "false");
  }
}
