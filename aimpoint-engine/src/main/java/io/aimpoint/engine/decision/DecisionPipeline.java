package io.aimpoint.engine.decision;

import io.aimpoint.core.auction.Auction;
import io.aimpoint.core.auction.GeneralizedSecondPriceAuction;
import io.aimpoint.core.ranking.HierarchicalRateSmoother;
import io.aimpoint.core.ranking.SmoothingOptions;
import java.util.Objects;

/** The replaceable stages of a decision: retrieve, then rank, then auction. */
public record DecisionPipeline(CandidateRetriever retriever, Ranker ranker, Auction auction) {
  public DecisionPipeline {
    Objects.requireNonNull(retriever, "retriever");
    Objects.requireNonNull(ranker, "ranker");
    Objects.requireNonNull(auction, "auction");
  }

  /**
   * The first real pipeline: scan the catalog's targeting, rank by smoothed historical CTR/CVR
   * ({@link SmoothingOptions#DEFAULTS}), generalized second-price auction.
   */
  public static DecisionPipeline standard(CampaignCatalog catalog, DeliveryCache deliveries) {
    return new DecisionPipeline(
        new ScanningCandidateRetriever(catalog),
        new HistoricalCtrRanker(
            deliveries, new HierarchicalRateSmoother(SmoothingOptions.DEFAULTS)),
        new GeneralizedSecondPriceAuction());
  }
}
