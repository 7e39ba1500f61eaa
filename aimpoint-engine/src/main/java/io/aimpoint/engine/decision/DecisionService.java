package io.aimpoint.engine.decision;

import io.aimpoint.core.auction.Auction;
import io.aimpoint.core.auction.AuctionCandidate;
import io.aimpoint.core.auction.AuctionWinner;
import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.Placement;
import io.aimpoint.core.event.Consent;
import io.aimpoint.core.event.DecisionMade;
import io.aimpoint.core.event.FeatureSnapshot;
import io.aimpoint.core.event.ServedAd;
import io.aimpoint.core.ledger.CampaignSpend;
import io.aimpoint.engine.EngineConfig;
import io.aimpoint.engine.Stores;
import io.aimpoint.engine.creative.CreativeAssembler;
import io.aimpoint.engine.creative.CreativeOptions;
import io.aimpoint.engine.creative.VariantStatistics;
import io.aimpoint.engine.features.DecisionFeatures;
import io.aimpoint.engine.features.FeatureExtractor;
import io.aimpoint.engine.token.TokenKind;
import io.aimpoint.engine.token.TrackingClaims;
import io.aimpoint.engine.token.TrackingTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Answers {@code POST /v1/decisions}: validate, pseudonymize the user, load the profile (only with
 * profiling consent), retrieve eligible candidates, drop campaigns without budget left or whose
 * frequency cap the user reached, rank, run the auction at the placement's floor, log a {@link
 * DecisionMade} event (with the served ads' feature snapshots, for training: see {@code
 * io.aimpoint.engine.features}) and return the winners with signed tracking tokens.
 *
 * <p>Nothing is charged here, but every winner's campaign reserves the most its billable event can
 * cost ({@link BudgetReservations}); a campaign whose reservation is refused leaves the auction,
 * which runs again without it. EVEN campaigns enter only with their pacing participation
 * probability ({@link Pacer}). Charges happen when the tracking service records the billable event
 * in the ledger and commits the reservation; the cached budget check here only stops wasting
 * auctions on campaigns that have nothing left. Per decision the stores are hit for the profile
 * (with consent), one batched counter read for frequency caps, spend of campaigns whose cached
 * spend is older than {@link DeliveryCache#DEFAULT_SPEND_TTL}, and the event log append.
 */
public final class DecisionService {
  private final Stores stores;
  private final EngineConfig config;
  private final CampaignCatalog catalog;
  private final DeliveryCache deliveries;
  private final DecisionPipeline pipeline;
  private final Clock clock;
  private final DecisionContexts contexts;
  private final TrackingTokens tokens;
  private final FrequencyCaps caps;
  private final Pacer pacer;
  private final BudgetReservations reservations;
  private final FeatureExtractor featureExtractor = new FeatureExtractor();
  private final CreativeAssembler creativeAssembler;

  public DecisionService(
      Stores stores, EngineConfig config, CampaignCatalog catalog, DeliveryCache deliveries) {
    this(stores, config, catalog, deliveries, DecisionPipeline.standard(catalog, deliveries));
  }

  /** A service with its own pacer and {@link DeliveryOptions#DEFAULTS} for reservations. */
  public DecisionService(
      Stores stores,
      EngineConfig config,
      CampaignCatalog catalog,
      DeliveryCache deliveries,
      DecisionPipeline pipeline) {
    this(
        stores,
        config,
        new DecisionStages(catalog, deliveries, pipeline),
        new Pacer(deliveries, DeliveryOptions.DEFAULTS.pacing(), DeliveryOptions.DEFAULTS.seed()),
        DeliveryOptions.DEFAULTS);
  }

  /**
   * The full form: {@code pacer} may be shared with other services of the engine (the simulator
   * reads the plan from it); {@code options} give the reservation TTL.
   */
  public DecisionService(
      Stores stores,
      EngineConfig config,
      DecisionStages stages,
      Pacer pacer,
      DeliveryOptions options) {
    CampaignCatalog catalog = stages.catalog();
    DeliveryCache deliveries = stages.deliveries();
    DecisionPipeline pipeline = stages.pipeline();
    this.pacer = Objects.requireNonNull(pacer, "pacer");
    this.reservations =
        new BudgetReservations(
            stores.ledger(),
            minTtl(options.reservationTtl(), config.trackingTokenTtl()),
            stages.deliveries());
    this.stores = Objects.requireNonNull(stores, "stores");
    this.config = Objects.requireNonNull(config, "config");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.clock = config.clock();
    this.contexts =
        new DecisionContexts(config, stages.keys(), stores.profiles(), stages.catalog().embedder());
    this.tokens = new TrackingTokens(config);
    this.caps = new FrequencyCaps(stores.counters());
    this.creativeAssembler =
        stages.creatives() != null
            ? stages.creatives()
            : new CreativeAssembler(
                new VariantStatistics(stores.counters(), clock, CreativeOptions.DEFAULTS.refresh()),
                deliveries,
                CreativeOptions.DEFAULTS,
                clock);
  }

  /**
   * Decides which ads to show.
   *
   * @throws io.aimpoint.core.validation.ValidationException naming each bad field of the request
   */
  public DecisionResult decide(AdRequest request) {
    AdRequestValidator.validate(request);
    Instant now = clock.instant();
    String decisionId = UUID.randomUUID().toString().replace("-", "");
    DecisionContext context = contexts.build(decisionId, request, now).withPage(request.context());
    pacer.countRequest(now);

    List<AdCandidate> candidates = servable(context, pipeline.retriever().retrieve(context), now);
    Map<String, Creative> creatives = new HashMap<>();
    Map<String, Campaign> campaigns = new HashMap<>();
    List<AuctionCandidate> entrants = new ArrayList<>();
    Map<String, ScoredCandidate> scored = new HashMap<>();
    for (ScoredCandidate s : pipeline.ranker().score(context, candidates)) {
      scored.put(key(s.candidate()), s);
      creatives.put(key(s.candidate()), s.candidate().creative());
      campaigns.put(s.candidate().campaign().id(), s.candidate().campaign());
      entrants.add(s.toAuctionCandidate());
    }
    int slots = request.slots() == null ? 1 : request.slots();
    Optional<Placement> placement = catalog.snapshot().placement(request.placementId());
    long floor = placement.map(Placement::floorCpmMicros).orElse(config.defaultFloorCpmMicros());
    long reserve = pipeline.reserves().reserveCpmMicros(request.placementId(), floor);
    boolean exclusive =
        request.categoryExclusive() != null
            ? request.categoryExclusive()
            : placement.map(Placement::exclusiveByCategory).orElse(false);
    Auction auction = pipeline.auction().withCategoryExclusive(exclusive);
    BudgetReservations.Reserved reserved =
        reservations.reserveWinners(decisionId, now, entrants, campaigns, slots, auction, reserve);
    List<AuctionWinner> winners = reserved.winners();
    pipeline
        .reserves()
        .observe(
            request.placementId(),
            reserved.refusedCampaigns().isEmpty()
                ? entrants
                : entrants.stream()
                    .filter(c -> !reserved.refusedCampaigns().contains(c.campaignId()))
                    .toList());
    return serve(context, now, winners, creatives, candidates, scored);
  }

  private static Duration minTtl(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /**
   * Logs the decision and turns the winners into ads with signed tracking tokens, assembling the
   * creatives with variants ({@link CreativeAssembler}; {@code candidates} inform cold-start
   * priors).
   */
  private DecisionResult serve(
      DecisionContext context,
      Instant now,
      List<AuctionWinner> winners,
      Map<String, Creative> creatives,
      List<AdCandidate> candidates,
      Map<String, ScoredCandidate> scored) {
    Consent consent = context.targeting().profilingConsent() ? Consent.GRANTED : Consent.DENIED;
    List<ServedAd> served = new ArrayList<>(winners.size());
    List<ServedAdView> views = new ArrayList<>(winners.size());
    for (AuctionWinner w : winners) {
      CreativeAssembler.Assembly assembly =
          creativeAssembler.assemble(
              servedAd(w), creatives.get(key(w.candidate())), context, candidates);
      ServedAd ad = assembly.ad();
      served.add(ad);
      TrackingClaims claims =
          new TrackingClaims(context.decisionId(), context.userKey(), consent, ad, now);
      views.add(view(ad, assembly.creative(), claims));
    }
    DecisionFeatures features = loggedFeatures(context, now, winners, scored);
    DecisionMade decision =
        new DecisionMade(
            context.decisionId(),
            context.userKey(),
            now,
            consent,
            context.placementId(),
            served,
            features.request(),
            features.candidates());
    stores.events().append(List.of(decision));
    return new DecisionResult(context.decisionId(), views);
  }

  /**
   * The feature snapshots to log for the winners, in their order: those the ranker scored with,
   * else extracted here from the same inputs (the extractor is deterministic, so they are what a
   * model would have seen). None when a winner was not among the scored candidates.
   */
  private DecisionFeatures loggedFeatures(
      DecisionContext context,
      Instant now,
      List<AuctionWinner> winners,
      Map<String, ScoredCandidate> scored) {
    FeatureExtractor.Request extracted = null;
    FeatureSnapshot request = FeatureSnapshot.EMPTY;
    List<FeatureSnapshot> ads = new ArrayList<>(winners.size());
    for (AuctionWinner w : winners) {
      ScoredCandidate s = scored.get(key(w.candidate()));
      if (s == null) {
        return new DecisionFeatures(FeatureSnapshot.EMPTY, List.of());
      }
      if (s.hasFeatures()) {
        request = s.requestFeatures();
        ads.add(s.candidateFeatures());
      } else {
        extracted = extracted != null ? extracted : featureExtractor.request(context, now);
        request = extracted.snapshot();
        ads.add(featureExtractor.candidate(extracted, s.candidate()));
      }
    }
    return new DecisionFeatures(request, ads);
  }

  /**
   * Drops candidates of campaigns with no budget left, left out by pacing or whose frequency cap
   * the user reached, and creatives whose own cap the user reached.
   */
  private List<AdCandidate> servable(DecisionContext context, List<AdCandidate> all, Instant now) {
    if (all.isEmpty()) {
      return all;
    }
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    Map<String, Campaign> funded = new HashMap<>();
    Map<String, Boolean> checked = new HashMap<>();
    for (AdCandidate c : all) {
      Campaign campaign = c.campaign();
      if (checked.computeIfAbsent(
          campaign.id(),
          id -> hasBudgetLeft(campaign, today) && pacer.participates(campaign, now))) {
        funded.put(campaign.id(), campaign);
      }
    }
    Set<String> capped = caps.capped(context.userKey(), funded.values(), now);
    List<AdCandidate> out = new ArrayList<>(all.size());
    for (AdCandidate c : all) {
      String id = c.campaign().id();
      if (funded.containsKey(id) && !capped.contains(id)) {
        out.add(c);
      }
    }
    Set<String> cappedCreatives =
        caps.cappedCreatives(
            context.userKey(), out.stream().map(AdCandidate::creative).toList(), now);
    if (!cappedCreatives.isEmpty()) {
      out.removeIf(c -> cappedCreatives.contains(c.creative().id()));
    }
    return out;
  }

  /**
   * Whether the campaign's budget has room left after its spend and what its open reservations
   * hold. Leaving out campaigns whose holds fill their budget keeps bids that could not reserve
   * from setting prices and learned reserves (and from costing auction rounds); whether the room
   * covers this ad's price is for the ledger to decide at reservation time, since the price is not
   * known before the auction and the cached spend and holds may be a second old.
   */
  private boolean hasBudgetLeft(Campaign campaign, LocalDate today) {
    Budget budget = campaign.budget();
    CampaignSpend spend = deliveries.spend(campaign.id(), today);
    CampaignSpend held = deliveries.held(campaign.id(), today);
    return (budget.dailyMicros() == null
            || spend.dayMicros() + held.dayMicros() < budget.dailyMicros())
        && (budget.lifetimeMicros() == null
            || spend.lifetimeMicros() + held.lifetimeMicros() < budget.lifetimeMicros());
  }

  private static ServedAd servedAd(AuctionWinner w) {
    AuctionCandidate c = w.candidate();
    return new ServedAd(
        w.slot(),
        c.advertiserId(),
        c.campaignId(),
        c.creativeId(),
        c.bidType(),
        c.bidMicros(),
        w.priceMicros(),
        c.ecpmMicros(),
        c.pCtr(),
        c.pCvr(),
        w.propensity());
  }

  private ServedAdView view(ServedAd ad, Creative creative, TrackingClaims claims) {
    return new ServedAdView(
        ad.slot(),
        ad.advertiserId(),
        ad.campaignId(),
        ad.creativeId(),
        creative.title(),
        creative.body(),
        creative.imageUrl(),
        creative.landingUrl(),
        ad.bidType().name(),
        ad.priceMicros(),
        ad.ecpmMicros(),
        tokens.issue(TokenKind.IMPRESSION, claims),
        tokens.issue(TokenKind.CLICK, claims),
        ad.propensity(),
        ad.variant() == null ? null : ad.variant().combinationId());
  }

  private static String key(AdCandidate c) {
    return c.campaign().id() + '\u0000' + c.creative().id();
  }

  private static String key(AuctionCandidate c) {
    return c.campaignId() + '\u0000' + c.creativeId();
  }
}
