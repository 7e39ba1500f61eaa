package io.aimpoint.engine.creative;

import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.VariantCombination;
import io.aimpoint.core.event.ServedAd;
import io.aimpoint.core.event.ServedVariant;
import io.aimpoint.core.ranking.BetaPrior;
import io.aimpoint.core.ranking.DeliveryCounts;
import io.aimpoint.engine.decision.AdCandidate;
import io.aimpoint.engine.decision.DecisionContext;
import io.aimpoint.engine.decision.DeliveryCache;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Assembles the ads of dynamic creatives in the decision path: for a winning creative with
 * variants, picks one combination of its titles, bodies and images and records which in the served
 * ad. Creatives without variants pass through unchanged.
 *
 * <p>With {@link VariantPolicy#THOMPSON}, combination {@code i} of creative {@code c} in segment
 * {@code s} has the posterior {@code Beta(a0 + clicks_i, b0 + impressions_i - clicks_i)} over the
 * counts of {@link VariantStatistics}, where {@code Beta(a0, b0)} is the creative's cold-start
 * prior ({@link ColdStartPrior}, neighbours drawn from this request's candidates, which carry the
 * text embeddings, with their CTR from the {@link DeliveryCache}; without embeddings or similar
 * creatives, the global CTR worth 2 impressions). Every combination starts from the same prior:
 * embeddings are of the creative's base text.
 *
 * <p>The segment is {@code seg:<id>} for the lexicographically first of the user's audience
 * segments (present only with profiling consent), else {@code ctx:<placementId>}: users without
 * consent or segments still teach the engine, per placement.
 *
 * <p>The combination's choice probability (estimated, see {@link ThompsonSampler}) multiplies into
 * the ad's propensity, so the logged propensity is that of showing this ad with this combination.
 */
public final class CreativeAssembler {
  /** The CTR assumed before the engine has delivered anything. */
  static final double DEFAULT_CTR = 0.01;

  /** How many impressions the fallback prior is worth. */
  static final double FALLBACK_STRENGTH = 2;

  /** Global impressions needed before the global CTR replaces {@link #DEFAULT_CTR}. */
  private static final long MIN_GLOBAL_IMPRESSIONS = 100;

  private static final int MAX_SEGMENT_CHARS = 120;

  private final VariantStatistics statistics;
  private final DeliveryCache deliveries;
  private final CreativeOptions options;
  private final Clock clock;
  private final Random random;
  private final ThompsonSampler sampler;
  private final ColdStartPrior coldStart;
  private final Map<String, CachedPrior> priors = new ConcurrentHashMap<>();

  private record CachedPrior(BetaPrior prior, Instant computedAt) {}

  /** A served ad and the creative as the user sees it. */
  public record Assembly(Creative creative, ServedAd ad) {}

  public CreativeAssembler(
      VariantStatistics statistics,
      DeliveryCache deliveries,
      CreativeOptions options,
      Clock clock) {
    this.statistics = Objects.requireNonNull(statistics, "statistics");
    this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
    this.options = Objects.requireNonNull(options, "options");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = new Random(options.seed());
    this.sampler = new ThompsonSampler(random, options.propensityDraws());
    this.coldStart =
        new ColdStartPrior(
            options.priorNeighbours(),
            options.maxPriorStrength(),
            options.minNeighbourImpressions());
  }

  /**
   * The ad {@code ad} of {@code creative} as served in {@code context}: with a chosen combination
   * when the creative has variants.
   *
   * @param pool the request's candidates, whose text embeddings inform cold-start priors
   */
  public Assembly assemble(
      ServedAd ad, Creative creative, DecisionContext context, List<AdCandidate> pool) {
    if (!creative.hasVariants()) {
      return new Assembly(creative, ad);
    }
    List<VariantCombination> combinations = creative.combinations();
    String segment = segment(context);
    ThompsonSampler.Choice choice =
        switch (options.policy()) {
          case UNIFORM ->
              new ThompsonSampler.Choice(
                  random.nextInt(combinations.size()), 1.0 / combinations.size());
          case THOMPSON -> thompson(creative, segment, combinations, pool);
        };
    VariantCombination chosen = combinations.get(choice.arm());
    return new Assembly(
        creative.assembled(chosen),
        ad.withVariant(new ServedVariant(chosen.id(), segment), choice.probability()));
  }

  /** The learning segment of a decision (see the class comment). */
  public static String segment(DecisionContext context) {
    Set<String> segments = context.targeting().segments();
    String segment =
        segments.isEmpty() ? "ctx:" + context.placementId() : "seg:" + Collections.min(segments);
    // Tokens carry the segment; very long ids (not produced by the engine) travel as a hash.
    return segment.length() <= MAX_SEGMENT_CHARS
        ? segment
        : segment.substring(0, 4) + "#" + Integer.toHexString(segment.hashCode());
  }

  /** The counts the sampler learns from (shared with tracking, which records into them). */
  public VariantStatistics statistics() {
    return statistics;
  }

  /** The cold-start prior of {@code creative}, cached for {@link CreativeOptions#refresh()}. */
  public BetaPrior prior(Creative creative, List<AdCandidate> pool) {
    Instant now = clock.instant();
    CachedPrior cached = priors.get(creative.id());
    if (cached != null && !now.isAfter(cached.computedAt().plus(options.refresh()))) {
      return cached.prior();
    }
    BetaPrior prior = coldStart.prior(vectorOf(creative, pool), neighbours(pool), fallback());
    if (priors.size() >= VariantStatistics.MAX_CACHED) {
      priors.clear();
    }
    priors.put(creative.id(), new CachedPrior(prior, now));
    return prior;
  }

  private ThompsonSampler.Choice thompson(
      Creative creative,
      String segment,
      List<VariantCombination> combinations,
      List<AdCandidate> pool) {
    BetaPrior prior = prior(creative, pool);
    VariantStatistics.ArmCounts counts = statistics.counts(creative.id(), segment, combinations);
    double[] alpha = new double[combinations.size()];
    double[] beta = new double[combinations.size()];
    for (int i = 0; i < alpha.length; i++) {
      BetaPrior posterior = prior.posterior(counts.clicks()[i], counts.impressions()[i]);
      alpha[i] = posterior.alpha();
      beta[i] = posterior.beta();
    }
    return sampler.choose(alpha, beta);
  }

  private static float[] vectorOf(Creative creative, List<AdCandidate> pool) {
    for (AdCandidate c : pool) {
      if (c.creative().id().equals(creative.id())) {
        return c.creativeVector();
      }
    }
    return new float[0];
  }

  private List<ColdStartPrior.Neighbour> neighbours(List<AdCandidate> pool) {
    List<ColdStartPrior.Neighbour> out = new ArrayList<>();
    for (AdCandidate c : pool) {
      if (c.hasCreativeVector()) {
        DeliveryCounts counts = deliveries.creative(c.campaign().id(), c.creative().id());
        out.add(
            new ColdStartPrior.Neighbour(
                c.creative().id(), c.creativeVector(), counts.impressions(), counts.clicks()));
      }
    }
    return out;
  }

  private BetaPrior fallback() {
    DeliveryCounts global = deliveries.global();
    double mean =
        global.impressions() >= MIN_GLOBAL_IMPRESSIONS
            ? (double) global.clicks() / global.impressions()
            : DEFAULT_CTR;
    return BetaPrior.withMean(mean, FALLBACK_STRENGTH);
  }
}
