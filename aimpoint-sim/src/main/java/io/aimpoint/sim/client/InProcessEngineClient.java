package io.aimpoint.sim.client;

import io.aimpoint.core.campaign.Advertiser;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.Placement;
import io.aimpoint.core.ledger.Granularity;
import io.aimpoint.engine.Engine;
import io.aimpoint.engine.admin.AdminService;
import io.aimpoint.engine.auth.Caller;
import io.aimpoint.engine.decision.AdRequest;
import io.aimpoint.engine.decision.DecisionResult;
import io.aimpoint.engine.decision.DecisionService;
import io.aimpoint.engine.ingest.EventInput;
import io.aimpoint.engine.ingest.IngestResult;
import io.aimpoint.engine.report.CampaignReport;
import io.aimpoint.engine.tracking.ConversionRequest;
import io.aimpoint.engine.tracking.ConversionResult;
import io.aimpoint.engine.tracking.TrackResult;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Calls the services of an {@link Engine} in this JVM, as the HTTP routes do: same DTOs, same
 * caller roles (admin for setup, publisher for events and decisions, the owning advertiser for
 * conversions). No serialization, so a simulated day runs at the speed of the engine itself.
 *
 * <p>The decision and admin services may be given explicitly: a policy swaps the decision
 * pipeline's stages by handing in a {@link DecisionService} built over the same engine, and a
 * reproducible run hands in an {@link AdminService} whose ids come from a seeded generator.
 */
public final class InProcessEngineClient implements EngineClient {
  private final Engine engine;
  private final DecisionService decisions;
  private final AdminService admin;

  /** A client of {@code engine} exactly as it is wired. */
  public InProcessEngineClient(Engine engine) {
    this(engine, engine.decisions(), engine.admin());
  }

  /**
   * A client of {@code engine} deciding with {@code decisions}, administering with {@code admin}.
   */
  public InProcessEngineClient(Engine engine, DecisionService decisions, AdminService admin) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.decisions = Objects.requireNonNull(decisions, "decisions");
    this.admin = Objects.requireNonNull(admin, "admin");
  }

  @Override
  public Advertiser createAdvertiser(Advertiser draft) {
    return admin.createAdvertiser(Caller.ADMIN, draft);
  }

  @Override
  public Campaign createCampaign(Campaign draft) {
    return admin.createCampaign(Caller.ADMIN, draft);
  }

  @Override
  public Creative createCreative(Creative draft) {
    return admin.createCreative(Caller.ADMIN, draft);
  }

  @Override
  public Placement putPlacement(Placement placement) {
    return admin.putPlacement(Caller.ADMIN, placement);
  }

  @Override
  public IngestResult sendEvents(List<EventInput> events) {
    return engine.ingestion().ingest(Caller.PUBLISHER, events);
  }

  @Override
  public DecisionResult decide(AdRequest request) {
    return decisions.decide(request);
  }

  @Override
  public TrackResult impression(String impressionToken) {
    return engine.tracking().impression(impressionToken);
  }

  @Override
  public TrackResult click(String clickToken) {
    return engine.tracking().click(clickToken);
  }

  @Override
  public ConversionResult conversion(String advertiserId, ConversionRequest request) {
    return engine.tracking().conversion(Caller.advertiser(advertiserId), request);
  }

  @Override
  public CampaignReport dailyReport(String campaignId, Instant from, Instant to) {
    return engine.reports().campaignReport(Caller.ADMIN, campaignId, from, to, Granularity.DAY);
  }

  @Override
  public boolean usesSimulatedClock() {
    return engine.config().clock() instanceof SimClock;
  }

  @Override
  public boolean reportsCharges() {
    return true;
  }

  /** The engine and its stores belong to whoever made them; nothing to release here. */
  @Override
  public void close() {}
}
