package io.aimpoint.sim.client;

import io.aimpoint.core.campaign.Advertiser;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.Placement;
import io.aimpoint.engine.decision.AdRequest;
import io.aimpoint.engine.decision.DecisionResult;
import io.aimpoint.engine.ingest.EventInput;
import io.aimpoint.engine.ingest.IngestResult;
import io.aimpoint.engine.report.CampaignReport;
import io.aimpoint.engine.tracking.ConversionRequest;
import io.aimpoint.engine.tracking.ConversionResult;
import io.aimpoint.engine.tracking.TrackResult;
import java.time.Instant;
import java.util.List;

/**
 * The engine's public API as the simulator uses it: what a publisher, an advertiser and an admin
 * can do over HTTP, with the same request and response types ({@link AdRequest}, {@link
 * EventInput}, {@link ConversionRequest}, ...). Implementations: {@link InProcessEngineClient}
 * (calls the services of an engine in this JVM) and {@link HttpEngineClient} (a remote server).
 *
 * <p>Setup calls act as an admin; events and decisions as a publisher; conversions as the
 * advertiser that owns the clicked ad.
 */
public interface EngineClient extends AutoCloseable {

  /** Creates an advertiser; returns it with the engine's id. */
  Advertiser createAdvertiser(Advertiser draft);

  /** Creates a campaign of {@code draft.advertiserId()}; returns it with the engine's id. */
  Campaign createCampaign(Campaign draft);

  /** Creates a creative of {@code draft.campaignId()}; returns it with the engine's id. */
  Creative createCreative(Creative draft);

  /** Inserts or replaces a placement and its floor. */
  Placement putPlacement(Placement placement);

  /** Sends one batch of 1..1000 behaviour events. */
  IngestResult sendEvents(List<EventInput> events);

  /** Asks which ads to show. */
  DecisionResult decide(AdRequest request);

  /**
   * Fires the impression link of a served ad (what the browser does when the ad renders): the
   * {@code impressionToken} of a {@link io.aimpoint.engine.decision.ServedAdView} this client
   * returned.
   */
  TrackResult impression(String impressionToken);

  /**
   * Fires the click link of a served ad ({@code clickToken} of a view this client returned); the
   * result's landing URL carries the {@code aimpoint_click} id.
   */
  TrackResult click(String clickToken);

  /** Reports a conversion as advertiser {@code advertiserId}. */
  ConversionResult conversion(String advertiserId, ConversionRequest request);

  /** The campaign's delivery by UTC day in {@code [from, to)}. */
  CampaignReport dailyReport(String campaignId, Instant from, Instant to);

  /**
   * Whether the engine runs on the simulator's clock. If not (a remote server on real time), events
   * and conversions are sent without timestamps and the engine stamps them on arrival.
   */
  boolean usesSimulatedClock();

  /**
   * Whether tracking answers say what was charged. Over HTTP the tracking links answer 204 and 302
   * with no body, so revenue is then read from the reports.
   */
  boolean reportsCharges();

  @Override
  void close();
}
