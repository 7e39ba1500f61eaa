package io.aimpoint.engine.decision;

import io.aimpoint.engine.auth.PseudonymKeyRing;
import java.util.Objects;

/**
 * What a {@link DecisionService} decides with: the catalog, the delivery cache, the pipeline, and
 * the pseudonym key ring profiles are looked up with.
 *
 * @param keys the current and previous pseudonym keys, so that a profile still stored under a
 *     previous key is found; null means the engine config's current key only
 */
public record DecisionStages(
    CampaignCatalog catalog,
    DeliveryCache deliveries,
    DecisionPipeline pipeline,
    PseudonymKeyRing keys) {
  public DecisionStages {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(deliveries, "deliveries");
    Objects.requireNonNull(pipeline, "pipeline");
  }

  /** Stages that look profiles up under the current pseudonym key only. */
  public DecisionStages(
      CampaignCatalog catalog, DeliveryCache deliveries, DecisionPipeline pipeline) {
    this(catalog, deliveries, pipeline, null);
  }
}
