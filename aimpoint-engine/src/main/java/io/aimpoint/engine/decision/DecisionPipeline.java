package io.aimpoint.engine.decision;

import io.aimpoint.core.auction.Auction;
import io.aimpoint.core.auction.ExploringAuction;
import io.aimpoint.core.auction.GeneralizedSecondPriceAuction;
import io.aimpoint.core.ranking.HierarchicalRateSmoother;
import io.aimpoint.core.ranking.SmoothingOptions;
import java.util.Objects;
import java.util.Random;

/**
 * The replaceable stages of a decision: retrieve, then rank, then auction at the reserve price that
 * {@code reserves} sets (the placement's floor, or a learned reserve above it).
 */
public record DecisionPipeline(
    CandidateRetriever retriever, Ranker ranker, Auction auction, ReservePrices reserves) {
  public DecisionPipeline {
    Objects.requireNonNull(retriever, "retriever");
    Objects.requireNonNull(ranker, "ranker");
    Objects.requireNonNull(auction, "auction");
    Objects.requireNonNull(reserves, "reserves");
  }

  /** A pipeline whose reserve is the placement's configured floor. */
  public DecisionPipeline(CandidateRetriever retriever, Ranker ranker, Auction auction) {
    this(retriever, ranker, auction, ReservePrices.FLOOR);
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
   * (epsilon-greedy over GSP, seeded), plain GSP when epsilon is 0. When the catalog has an
   * embedder, the historical ranker is wrapped in a {@link ContextualRelevanceRanker}. The options'
   * optional parts: a {@link FatigueAwareRanker} around the historical ranker, {@link
   * LearnedReservePrices}. The auction is category-exclusive per response, when the placement or
   * the request asks ({@link io.aimpoint.core.auction.Auction#withCategoryExclusive}).
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
    Ranker ranker =
        new HistoricalCtrRanker(
            deliveries, new HierarchicalRateSmoother(SmoothingOptions.DEFAULTS));
    if (options.fatigueAware()) {
      ranker = new FatigueAwareRanker(ranker, deliveries.fatigue());
    }
    if (catalog.embedder() != null) {
      // Creatives and contexts are embedded: text similarity adjusts the historical pCTR.
      ranker = new ContextualRelevanceRanker(ranker, ContextualRelevanceOptions.DEFAULTS);
    }
    ReservePrices reserves =
        options.learnedReserve() ? new LearnedReservePrices() : ReservePrices.FLOOR;
    return new DecisionPipeline(new ScanningCandidateRetriever(catalog), ranker, auction, reserves);
  }
}
