package io.aimpoint.engine.decision;

import java.util.Objects;

/** What a {@link DecisionService} decides with: the catalog, the delivery cache, the pipeline. */
public record DecisionStages(
    CampaignCatalog catalog, DeliveryCache deliveries, DecisionPipeline pipeline) {
  public DecisionStages {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(deliveries, "deliveries");
    Objects.requireNonNull(pipeline, "pipeline");
  }
}
