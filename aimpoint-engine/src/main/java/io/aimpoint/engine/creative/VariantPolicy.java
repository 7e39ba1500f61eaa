package io.aimpoint.engine.creative;

/** How the combination of a dynamic creative is chosen. */
public enum VariantPolicy {
  /** Thompson sampling per (creative, segment); the default. */
  THOMPSON,
  /** Uniformly at random, learning nothing: the baseline Thompson sampling is measured against. */
  UNIFORM
}
