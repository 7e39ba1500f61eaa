package io.aimpoint.engine.tracking;

import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.event.AdClick;
import io.aimpoint.core.event.AdImpression;
import io.aimpoint.core.event.Consent;
import io.aimpoint.core.event.Conversion;
import io.aimpoint.core.event.Event;
import io.aimpoint.core.event.ServedAd;
import io.aimpoint.core.ledger.DeliveryKind;
import io.aimpoint.core.ledger.DeliveryRecord;
import io.aimpoint.core.ledger.RecordResult;
import io.aimpoint.core.store.AppendOutcome;
import io.aimpoint.core.validation.ValidationException;
import io.aimpoint.engine.EngineConfig;
import io.aimpoint.engine.NotFoundException;
import io.aimpoint.engine.Stores;
import io.aimpoint.engine.auth.Caller;
import io.aimpoint.engine.auth.Pseudonymizer;
import io.aimpoint.engine.creative.CreativeOptions;
import io.aimpoint.engine.creative.VariantStatistics;
import io.aimpoint.engine.decision.BudgetReservations;
import io.aimpoint.engine.decision.CampaignCatalog;
import io.aimpoint.engine.decision.DeliveryCache;
import io.aimpoint.engine.decision.FrequencyCaps;
import io.aimpoint.engine.token.InvalidTokenException;
import io.aimpoint.engine.token.TokenKind;
import io.aimpoint.engine.token.TrackingClaims;
import io.aimpoint.engine.token.TrackingTokens;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Records impressions, clicks and conversions exactly once and charges the billable one of each
 * served ad: CPM on impression ({@code price / 1000}, rounded down), CPC on click, CPA on an
 * attributed conversion; everything else is counted at no charge.
 *
 * <p>The billable event names the budget reservation its decision made ({@link
 * BudgetReservations#reservationId}), so the ledger commits it: the charge is at most the reserved
 * amount and the rest is released at once. Non-billable events release nothing early; expiry does.
 *
 * <p>Order of effects, chosen so that a retry after a crash repairs rather than double-counts: (1)
 * the {@link io.aimpoint.core.store.Ledger} records the delivery under its deterministic key (see
 * {@link DeliveryKeys}) and caps the charge at the budget atomically, a replay returns the first
 * charge marked duplicate; (2) the matching event is appended to the event log, idempotent by the
 * same id; (3) only for a first delivery, the frequency counters, the {@link DeliveryCache} and,
 * for a dynamic creative, the {@link VariantStatistics} of the served combination are updated.
 */
public final class TrackingService {
  /** Budget for deliveries of campaigns that no longer exist: nothing may be charged. */
  private static final Budget NOTHING = new Budget(0L, 0L);

  private final Stores stores;
  private final CampaignCatalog catalog;
  private final DeliveryCache deliveries;
  private final Clock clock;
  private final TrackingTokens tokens;
  private final FrequencyCaps caps;
  private final Pseudonymizer pseudonymizer;
  private final ConversionAttributor attributor;
  private final VariantStatistics variants;

  /** A service crediting dynamic creatives' combinations in its own {@link VariantStatistics}. */
  public TrackingService(
      Stores stores, EngineConfig config, CampaignCatalog catalog, DeliveryCache deliveries) {
    this(
        stores,
        config,
        catalog,
        deliveries,
        new VariantStatistics(
            stores.counters(), config.clock(), CreativeOptions.DEFAULTS.refresh()));
  }

  /**
   * A service crediting served combinations in {@code variants}, shared with the decision path's
   * {@link io.aimpoint.engine.creative.CreativeAssembler}.
   */
  public TrackingService(
      Stores stores,
      EngineConfig config,
      CampaignCatalog catalog,
      DeliveryCache deliveries,
      VariantStatistics variants) {
    this.variants = Objects.requireNonNull(variants, "variants");
    this.stores = Objects.requireNonNull(stores, "stores");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
    this.clock = config.clock();
    this.tokens = new TrackingTokens(config);
    this.caps = new FrequencyCaps(stores.counters());
    this.pseudonymizer = new Pseudonymizer(config.pseudonymKey());
    this.attributor = new ConversionAttributor(stores.events(), config.attributionWindow());
  }

  /**
   * Records the impression of a signed impression token.
   *
   * @throws InvalidTokenException if the token is malformed, tampered with or expired
   */
  public TrackResult impression(String token) {
    TrackingClaims claims = tokens.verify(TokenKind.IMPRESSION, token);
    ServedAd ad = claims.ad();
    Instant now = clock.instant();
    String key = DeliveryKeys.impression(claims.decisionId(), claims.slot());
    long charge = ad.bidType() == BidType.CPM ? Math.floorDiv(ad.priceMicros(), 1000) : 0;
    Optional<Campaign> campaign = campaign(ad.campaignId());
    RecordResult r =
        record(
            key, DeliveryKind.IMPRESSION, ad, now, charge, campaign, reservation(claims, charge));
    append(
        new AdImpression(
            key,
            claims.userKey(),
            now,
            claims.consent(),
            claims.decisionId(),
            ad,
            r.chargedMicros()));
    if (!r.duplicate()) {
      deliveries.fatigue().delivered(DeliveryKind.IMPRESSION, claims.decisionId(), ad.campaignId());
      campaign.ifPresent(
          c -> caps.recordImpression(claims.userKey(), c.id(), c.frequencyCap(), now));
      creative(ad.creativeId())
          .ifPresent(
              c -> caps.recordCreativeImpression(claims.userKey(), c.id(), c.frequencyCap(), now));
      if (ad.variant() != null) {
        variants.recordImpression(ad.creativeId(), ad.variant());
      }
    }
    return new TrackResult(r.duplicate(), r.chargedMicros(), null);
  }

  /**
   * Records the click of a signed click token; {@code landingUrl} of the result is the creative's
   * landing URL with {@code aimpoint_click=<clickId>} added.
   *
   * @throws InvalidTokenException if the token is malformed, tampered with or expired
   * @throws NotFoundException if the creative was deleted since (the click is still recorded)
   */
  public TrackResult click(String token) {
    TrackingClaims claims = tokens.verify(TokenKind.CLICK, token);
    ServedAd ad = claims.ad();
    Instant now = clock.instant();
    String key = DeliveryKeys.click(claims.decisionId(), claims.slot());
    long charge = ad.bidType() == BidType.CPC ? ad.priceMicros() : 0;
    RecordResult r =
        record(
            key,
            DeliveryKind.CLICK,
            ad,
            now,
            charge,
            campaign(ad.campaignId()),
            reservation(claims, charge));
    append(
        new AdClick(
            key,
            claims.userKey(),
            now,
            claims.consent(),
            claims.decisionId(),
            ad,
            r.chargedMicros()));
    if (!r.duplicate()) {
      deliveries.fatigue().delivered(DeliveryKind.CLICK, claims.decisionId(), ad.campaignId());
    }
    if (!r.duplicate() && ad.variant() != null) {
      variants.recordClick(ad.creativeId(), ad.variant());
    }
    String landingUrl =
        creative(ad.creativeId())
            .map(Creative::landingUrl)
            .orElseThrow(() -> new NotFoundException("creative", ad.creativeId()));
    String clickId = DeliveryKeys.clickId(claims.decisionId(), claims.slot());
    return new TrackResult(
        r.duplicate(), r.chargedMicros(), DeliveryKeys.withClickId(landingUrl, clickId));
  }

  /**
   * Records a conversion reported by an advertiser (or an admin on its behalf), deduplicated by
   * order id, attributed to a click in the attribution window if one is found. Unattributed
   * conversions are logged as events but not charged or counted in the ledger.
   *
   * @throws ValidationException naming each bad field
   */
  public ConversionResult conversion(Caller caller, ConversionRequest request) {
    ConversionInput in = ConversionInput.of(caller, request, clock.instant(), stores.campaigns());
    String id = DeliveryKeys.conversion(in.advertiserId(), in.orderId());
    Optional<Event> earlier = stores.events().find(id);
    if (earlier.isPresent() && earlier.get() instanceof Conversion first) {
      return result(first, true);
    }
    Optional<AdClick> named = attributor.findClick(in.clickId());
    String userKey = userKey(in, named);
    Optional<AdClick> click =
        attributor.attribute(in.advertiserId(), named, userKey, in.occurredAt());
    if (click.isEmpty()) {
      Conversion c = conversionEvent(id, userKey, in, null, 0);
      return result(c, append(c) == AppendOutcome.DUPLICATE);
    }
    ServedAd ad = click.get().ad();
    long charge = ad.bidType() == BidType.CPA ? ad.priceMicros() : 0;
    RecordResult r =
        record(
            id,
            DeliveryKind.CONVERSION,
            ad,
            in.occurredAt(),
            charge,
            campaign(ad.campaignId()),
            null); // CPA ads reserve nothing (BudgetReservations.reservedMicros)
    Conversion c = conversionEvent(id, userKey, in, click.get(), r.chargedMicros());
    append(c);
    return result(c, r.duplicate());
  }

  private RecordResult record(
      String key,
      DeliveryKind kind,
      ServedAd ad,
      Instant at,
      long charge,
      Optional<Campaign> campaign,
      String reservationId) {
    Budget budget = campaign.map(Campaign::budget).orElse(NOTHING);
    long requested = campaign.isPresent() ? charge : 0;
    RecordResult r =
        stores
            .ledger()
            .record(
                new DeliveryRecord(
                    key,
                    kind,
                    ad.advertiserId(),
                    ad.campaignId(),
                    ad.creativeId(),
                    at,
                    requested,
                    reservationId),
                budget);
    if (!r.duplicate()) {
      LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
      deliveries.count(kind, ad.campaignId(), ad.creativeId());
      deliveries.charged(ad.campaignId(), day, r.chargedMicros());
      if (reservationId != null) {
        // the reservation (of the ad's maximum charge, the charge requested) is committed
        deliveries.released(ad.campaignId(), day, requested);
      }
    }
    return r;
  }

  /** The reservation a billable event commits; non-billable events (charge 0) commit none. */
  private static String reservation(TrackingClaims claims, long charge) {
    return charge > 0 ? BudgetReservations.reservationId(claims.decisionId(), claims.slot()) : null;
  }

  private AppendOutcome append(Event event) {
    return stores.events().append(List.of(event)).get(0);
  }

  /**
   * The conversion's user: the reported one, else the named click's (if it is this advertiser's).
   */
  private String userKey(ConversionInput in, Optional<AdClick> named) {
    if (in.userId() != null) {
      return pseudonymizer.userKey(in.userId());
    }
    return named
        .filter(c -> in.advertiserId().equals(c.ad().advertiserId()))
        .map(AdClick::userKey)
        .orElseThrow(
            () ->
                new ValidationException(
                    "clickId", "no click of this advertiser has this id; send userId instead"));
  }

  private static Conversion conversionEvent(
      String id, String userKey, ConversionInput in, AdClick click, long chargedMicros) {
    return new Conversion(
        id,
        userKey,
        in.occurredAt(),
        click == null ? Consent.DENIED : click.consent(),
        in.advertiserId(),
        in.orderId(),
        in.valueMicros(),
        click == null ? null : click.decisionId(),
        click == null ? null : click.ad(),
        chargedMicros);
  }

  private static ConversionResult result(Conversion c, boolean duplicate) {
    boolean attributed = c.ad() != null;
    return new ConversionResult(
        c.eventId(),
        duplicate,
        attributed,
        attributed ? c.ad().campaignId() : null,
        c.chargedMicros());
  }

  /** The campaign as served: from the catalog, else (paused or archived since) from the store. */
  private Optional<Campaign> campaign(String campaignId) {
    Optional<Campaign> fromCatalog = catalog.snapshot().campaign(campaignId);
    return fromCatalog.isPresent() ? fromCatalog : stores.campaigns().campaign(campaignId);
  }

  private Optional<Creative> creative(String creativeId) {
    Optional<Creative> fromCatalog = catalog.snapshot().creative(creativeId);
    return fromCatalog.isPresent() ? fromCatalog : stores.campaigns().creative(creativeId);
  }
}
