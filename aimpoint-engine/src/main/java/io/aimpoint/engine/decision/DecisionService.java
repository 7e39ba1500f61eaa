package io.aimpoint.engine.decision;

import io.aimpoint.core.auction.AuctionCandidate;
import io.aimpoint.core.auction.AuctionWinner;
import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.event.Consent;
import io.aimpoint.core.event.DecisionMade;
import io.aimpoint.core.event.ServedAd;
import io.aimpoint.core.ledger.CampaignSpend;
import io.aimpoint.engine.EngineConfig;
import io.aimpoint.engine.Stores;
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
import java.util.Set;
import java.util.UUID;

/**
 * Answers {@code POST /v1/decisions}: validate, pseudonymize the user, load the profile (only with
 * profiling consent), retrieve eligible candidates, drop campaigns without budget left or whose
 * frequency cap the user reached, rank, run the auction at the placement's floor, log a {@link
 * DecisionMade} event and return the winners with signed tracking tokens.
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
            stores.ledger(), minTtl(options.reservationTtl(), config.trackingTokenTtl()));
    this.stores = Objects.requireNonNull(stores, "stores");
    this.config = Objects.requireNonNull(config, "config");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.clock = config.clock();
    this.contexts = new DecisionContexts(config, stages.keys(), stores.profiles());
    this.tokens = new TrackingTokens(config);
    this.caps = new FrequencyCaps(stores.counters());
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
    DecisionContext context = contexts.build(decisionId, request, now);
    pacer.countRequest(now);

    List<AdCandidate> candidates = servable(context, pipeline.retriever().retrieve(context), now);
    Map<String, Creative> creatives = new HashMap<>();
    Map<String, Campaign> campaigns = new HashMap<>();
    List<AuctionCandidate> entrants = new ArrayList<>();
    for (ScoredCandidate s : pipeline.ranker().score(context, candidates)) {
      creatives.put(key(s.candidate()), s.candidate().creative());
      campaigns.put(s.candidate().campaign().id(), s.candidate().campaign());
      entrants.add(s.toAuctionCandidate());
    }
    int slots = request.slots() == null ? 1 : request.slots();
    List<AuctionWinner> winners =
        reservations.reserveWinners(
            decisionId,
            now,
            entrants,
            campaigns,
            slots,
            (pool, left) -> pipeline.auction().run(pool, floorCpm(request), left));
    return serve(context, now, winners, creatives);
  }

  private static Duration minTtl(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** Logs the decision and turns the winners into ads with signed tracking tokens. */
  private DecisionResult serve(
      DecisionContext context,
      Instant now,
      List<AuctionWinner> winners,
      Map<String, Creative> creatives) {
    Consent consent = context.targeting().profilingConsent() ? Consent.GRANTED : Consent.DENIED;
    List<ServedAd> served = new ArrayList<>(winners.size());
    List<ServedAdView> views = new ArrayList<>(winners.size());
    for (AuctionWinner w : winners) {
      ServedAd ad = servedAd(w);
      served.add(ad);
      TrackingClaims claims =
          new TrackingClaims(context.decisionId(), context.userKey(), consent, ad, now);
      views.add(view(ad, creatives.get(key(w.candidate())), claims));
    }
    DecisionMade decision =
        new DecisionMade(
            context.decisionId(), context.userKey(), now, consent, context.placementId(), served);
    stores.events().append(List.of(decision));
    return new DecisionResult(context.decisionId(), views);
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

  private boolean hasBudgetLeft(Campaign campaign, LocalDate today) {
    Budget budget = campaign.budget();
    CampaignSpend spend = deliveries.spend(campaign.id(), today);
    return (budget.dailyMicros() == null || spend.dayMicros() < budget.dailyMicros())
        && (budget.lifetimeMicros() == null || spend.lifetimeMicros() < budget.lifetimeMicros());
  }

  private long floorCpm(AdRequest request) {
    return catalog
        .snapshot()
        .placement(request.placementId())
        .map(p -> p.floorCpmMicros())
        .orElse(config.defaultFloorCpmMicros());
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
        ad.propensity());
  }

  private static String key(AdCandidate c) {
    return c.campaign().id() + '\u0000' + c.creative().id();
  }

  private static String key(AuctionCandidate c) {
    return c.campaignId() + '\u0000' + c.creativeId();
  }
}
