package io.aimpoint.engine.decision;

import io.aimpoint.engine.auth.PseudonymKeyRing;
import io.aimpoint.engine.creative.CreativeAssembler;
import java.util.Objects;

/**
 * What a {@link DecisionService} decides with: the catalog, the delivery cache, the pipeline, and
 * the pseudonym key ring profiles are looked up with, and the assembler of dynamic creatives.
 *
 * @param keys the current and previous pseudonym keys, so that a profile still stored under a
 *     previous key is found; null means the engine config's current key only
 * @param creatives assembles creatives with variants, sharing what it learns with tracking; null
 *     means the service builds its own over the counter store (see {@link CreativeAssembler})
 */
public record DecisionStages(
    CampaignCatalog catalog,
    DeliveryCache deliveries,
    DecisionPipeline pipeline,
    PseudonymKeyRing keys,
    CreativeAssembler creatives) {
  public DecisionStages {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(deliveries, "deliveries");
    Objects.requireNonNull(pipeline, "pipeline");
  }

  /** Stages with their own assembler of dynamic creatives. */
  public DecisionStages(
      CampaignCatalog catalog,
      DeliveryCache deliveries,
      DecisionPipeline pipeline,
      PseudonymKeyRing keys) {
    this(catalog, deliveries, pipeline, keys, null);
  }

  /** Stages that look profiles up under the current pseudonym key only. */
  public DecisionStages(
      CampaignCatalog catalog, DeliveryCache deliveries, DecisionPipeline pipeline) {
    this(catalog, deliveries, pipeline, null);
  }
}
