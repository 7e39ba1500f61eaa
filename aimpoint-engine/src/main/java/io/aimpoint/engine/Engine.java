package io.aimpoint.engine;

import io.aimpoint.engine.admin.AdminService;
import io.aimpoint.engine.admin.ApiKeyService;
import io.aimpoint.engine.auth.Pseudonymizer;
import io.aimpoint.engine.decision.CampaignCatalog;
import io.aimpoint.engine.decision.DecisionService;
import io.aimpoint.engine.decision.DeliveryCache;
import io.aimpoint.engine.ingest.EventIngestionService;
import io.aimpoint.engine.report.ReportService;
import io.aimpoint.engine.tracking.TrackingService;
import java.util.Objects;

/**
 * One engine instance: every application service, wired over one set of {@link Stores}. The
 * transport (HTTP server, simulator, CLI) holds an {@code Engine} and calls its services; it owns
 * and closes the stores itself.
 *
 * <p>Construction loads the campaign catalog and the delivery counts from the stores, and registers
 * the admin secret's hash when one is given.
 */
public final class Engine {
  private final Stores stores;
  private final EngineConfig config;
  private final CampaignCatalog catalog;
  private final DeliveryCache deliveries;
  private final DecisionService decisions;
  private final TrackingService tracking;
  private final AdminService admin;
  private final ApiKeyService apiKeys;
  private final EventIngestionService ingestion;
  private final ReportService reports;

  /**
   * Wires an engine.
   *
   * @param adminSecret the admin API key's secret to register (at least 16 characters), or null to
   *     register none here
   */
  public Engine(Stores stores, EngineConfig config, String adminSecret) {
    this.stores = Objects.requireNonNull(stores, "stores");
    this.config = Objects.requireNonNull(config, "config");
    this.catalog = new CampaignCatalog(stores.campaigns(), config.clock());
    this.deliveries = DeliveryCache.load(stores.ledger(), config.clock());
    this.decisions = new DecisionService(stores, config, catalog, deliveries);
    this.tracking = new TrackingService(stores, config, catalog, deliveries);
    this.admin = new AdminService(stores.campaigns(), config.clock(), catalog::refresh);
    this.apiKeys = new ApiKeyService(stores.apiKeys(), stores.campaigns(), config.clock());
    this.ingestion =
        new EventIngestionService(
            stores.events(),
            stores.profiles(),
            new Pseudonymizer(config.pseudonymKey()),
            config.clock());
    this.reports = new ReportService(stores.campaigns(), stores.ledger(), config.clock());
    if (adminSecret != null) {
      apiKeys.ensureAdminKey(adminSecret);
    }
  }

  public Stores stores() {
    return stores;
  }

  public EngineConfig config() {
    return config;
  }

  public CampaignCatalog catalog() {
    return catalog;
  }

  public DeliveryCache deliveries() {
    return deliveries;
  }

  public DecisionService decisions() {
    return decisions;
  }

  public TrackingService tracking() {
    return tracking;
  }

  public AdminService admin() {
    return admin;
  }

  public ApiKeyService apiKeys() {
    return apiKeys;
  }

  public EventIngestionService ingestion() {
    return ingestion;
  }

  public ReportService reports() {
    return reports;
  }
}
