package io.aimpoint.ml.registry;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a model predicts, which decides the rows and the label it learns from. Each task is its own
 * registry namespace ({@code ROOT/ctr}, {@code ROOT/cvr}), so that a CTR champion and a CVR
 * champion coexist and CPA campaigns can rank by pCTR × pCVR.
 *
 * <p>The CVR model is trained on clicked impressions only, labelled by whether the click converted:
 * it estimates p(conversion | click, features), and pCTR × pCVR estimates p(conversion |
 * impression) because a conversion needs a click. (The alternative, ESMM — Ma et al. 2018, "Entire
 * Space Multi-Task Model" — learns both over all impressions to share the sparse conversion signal
 * with the click task; with two independent models the click-only training set is the unbiased one
 * for the quantity the CVR model is asked for.)
 */
public enum ModelTask {
  /** Click-through rate: every impression, label {@code clicked}. */
  CTR("click"),
  /**
   * Conversion rate given a click: clicked impressions only, label {@code converted}, truth {@code
   * truePCvr}. Needs data that records conversions: the {@code logs} format.
   */
  CVR("conversion");

  private final String label;

  ModelTask(String label) {
    this.label = label;
  }

  /** The lower-case name used on the command line, in manifests and as the registry name. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The outcome this task predicts, as {@code train --label} names it: click or conversion. */
  public String label() {
    return label;
  }

  /** Parses {@code ctr} or {@code cvr}, case-insensitively. */
  public static ModelTask parse(String id) {
    for (ModelTask t : values()) {
      if (t.id().equalsIgnoreCase(id.strip())) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown task; task="
            + id
            + ", known: "
            + Arrays.stream(values()).map(ModelTask::id).toList());
  }

  /** The task predicting {@code label}: {@code click} or {@code conversion}, case-insensitively. */
  public static ModelTask ofLabel(String label) {
    for (ModelTask t : values()) {
      if (t.label.equalsIgnoreCase(label.strip())) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown label; label="
            + label
            + ", known: "
            + Arrays.stream(values()).map(ModelTask::label).toList());
  }

  /** Whether data of {@code format} can be read for this task. */
  public boolean supports(DataFormat format) {
    return this == CTR || format == DataFormat.LOGS;
  }
}
