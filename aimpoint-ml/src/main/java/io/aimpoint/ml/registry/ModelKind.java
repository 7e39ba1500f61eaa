package io.aimpoint.ml.registry;

import java.util.Locale;

/** The CTR model families a model directory can hold. */
public enum ModelKind {
  /** Logistic regression trained with FTRL-Proximal ({@code io.aimpoint.ml.model.FtrlProximal}). */
  FTRL,
  /** Factorization machine ({@code io.aimpoint.ml.model.FactorizationMachine}). */
  FM,
  /** DeepFM, trained with DJL, served in Java ({@code io.aimpoint.ml.deep.DeepCtrModel}). */
  DEEPFM,
  /** DCN-V2, trained with DJL, served in Java ({@code io.aimpoint.ml.deep.DeepCtrModel}). */
  DCNV2;

  /** The lower-case name used on the command line and in manifests. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a kind's {@link #id()} ({@code ftrl}, {@code fm}, ...), case-insensitively. */
  public static ModelKind parse(String id) {
    for (ModelKind k : values()) {
      if (k.id().equalsIgnoreCase(id.strip())) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown model kind; kind=" + id + ", known: ftrl, fm, deepfm, dcnv2");
  }
}
