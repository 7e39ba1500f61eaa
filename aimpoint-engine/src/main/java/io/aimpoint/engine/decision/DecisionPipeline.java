package io.aimpoint.engine.decision;

import io.aimpoint.core.auction.Auction;
import io.aimpoint.core.auction.ExploringAuction;
import io.aimpoint.core.auction.GeneralizedSecondPriceAuction;
import io.aimpoint.core.ranking.HierarchicalRateSmoother;
import io.aimpoint.core.ranking.SmoothingOptions;
import java.util.Objects;
import java.util.Random;

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
    return standard(catalog, deliveries, DeliveryOptions.DEFAULTS);
  }

  /**
   * The standard pipeline whose auction explores as {@code options} say: {@link ExploringAuction}
   * (epsilon-greedy over GSP, seeded), plain GSP when epsilon is 0.
   */
  public static DecisionPipeline standard(
      CampaignCatalog catalog, DeliveryCache deliveries, DeliveryOptions options) {
    Auction auction =
        options.explorationEpsilon() == 0
            ? new GeneralizedSecondPriceAuction()
            : new ExploringAuction(
                options.explorationEpsilon(),
                options.explorationTopK(),
                new Random(options.seed()));
    return new DecisionPipeline(
        new ScanningCandidateRetriever(catalog),
        new HistoricalCtrRanker(
            deliveries, new HierarchicalRateSmoother(SmoothingOptions.DEFAULTS)),
        auction);
  }
}
