package io.aimpoint.engine.decision;

/**
 * Weights of {@link ContextualRelevanceRanker}: how many logits of pCTR one unit of cosine
 * similarity (above the decision's mean) is worth.
 *
 * @param contextWeight β for the similarity of the request context (page text or query) to the
 *     creative; default {@value #DEFAULT_CONTEXT_WEIGHT}
 * @param userWeight β for the similarity of the user's semantic interest vector to the creative
 *     (consenting users with a vector only); default {@value #DEFAULT_USER_WEIGHT}
 */
public record ContextualRelevanceOptions(double contextWeight, double userWeight) {
  /** Reasoned and measured in the simulator (docs/delivery.md, "Contextual relevance"). */
  public static final double DEFAULT_CONTEXT_WEIGHT = 10;

  /** Reasoned and measured in the simulator (docs/delivery.md, "Contextual relevance"). */
  public static final double DEFAULT_USER_WEIGHT = 10;

  public static final ContextualRelevanceOptions DEFAULTS =
      new ContextualRelevanceOptions(DEFAULT_CONTEXT_WEIGHT, DEFAULT_USER_WEIGHT);

  public ContextualRelevanceOptions {
    if (!(contextWeight >= 0) || Double.isInfinite(contextWeight)) {
      throw new IllegalArgumentException(
          "contextWeight must be finite and >= 0; contextWeight=" + contextWeight);
    }
    if (!(userWeight >= 0) || Double.isInfinite(userWeight)) {
      throw new IllegalArgumentException(
          "userWeight must be finite and >= 0; userWeight=" + userWeight);
    }
  }
}
