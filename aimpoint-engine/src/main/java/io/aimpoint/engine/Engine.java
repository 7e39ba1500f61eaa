package io.aimpoint.engine;

import io.aimpoint.engine.admin.AdminService;
import io.aimpoint.engine.admin.ApiKeyService;
import io.aimpoint.engine.auth.PseudonymKeyRing;
import io.aimpoint.engine.creative.CreativeAssembler;
import io.aimpoint.engine.creative.VariantStatistics;
import io.aimpoint.engine.decision.CampaignCatalog;
import io.aimpoint.engine.decision.DecisionPipeline;
import io.aimpoint.engine.decision.DecisionService;
import io.aimpoint.engine.decision.DecisionStages;
import io.aimpoint.engine.decision.DeliveryCache;
import io.aimpoint.engine.decision.DeliveryOptions;
import io.aimpoint.engine.decision.Pacer;
import io.aimpoint.engine.ingest.EventIngestionService;
import io.aimpoint.engine.ingest.NearDuplicateFilter;
import io.aimpoint.engine.profile.ContentAnalyzer;
import io.aimpoint.engine.profile.ProfileOptions;
import io.aimpoint.engine.profile.ProfileService;
import io.aimpoint.engine.profile.ProfileUpdater;
import io.aimpoint.engine.ranking.ChampionWatcher;
import io.aimpoint.engine.ranking.ModelRanker;
import io.aimpoint.engine.ranking.ServingModel;
import io.aimpoint.engine.report.ReportService;
import io.aimpoint.engine.segment.LookalikeService;
import io.aimpoint.engine.segment.SegmentJob;
import io.aimpoint.engine.segment.SegmentOptions;
import io.aimpoint.engine.tracking.ReservationSweeper;
import io.aimpoint.engine.tracking.TrackingService;
import io.aimpoint.ml.registry.ModelRegistry;
import io.aimpoint.ml.registry.ModelTask;
import io.aimpoint.ml.text.DocumentFrequencies;
import io.aimpoint.ml.text.KeywordExtractor;
import io.aimpoint.ml.text.TextEmbedder;
import io.aimpoint.ml.text.ZeroShotCategorizer;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One engine instance: every application service, wired over one set of {@link Stores}. The
 * transport (HTTP server, simulator, CLI) holds an {@code Engine} and calls its services; it owns
 * and closes the stores itself.
 *
 * <p>Construction loads the campaign catalog and the delivery counts from the stores, and registers
 * the admin secret's hash when one is given.
 */
public final class Engine implements AutoCloseable {
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
  private final Pacer pacer;
  private final ReservationSweeper sweeper;
  private final ProfileService profiles;
  private final SegmentJob segments;
  private final LookalikeService lookalikes;
  private final CreativeAssembler creatives;
  private final DocumentFrequencies keywordCorpus = new DocumentFrequencies(KEYWORD_VOCABULARY);

  private ChampionWatcher<ServingModel> ctrModel;
  private ChampionWatcher<ServingModel> cvrModel;

  /** How often the model registry is checked for a new champion. */
  static final Duration MODEL_REFRESH = Duration.ofSeconds(10);

  /** Vocabulary bound of the keyword corpus statistic shared by all profiles. */
  static final int KEYWORD_VOCABULARY = 100_000;

  /**
   * Wires an engine with {@link EngineOptions#defaults()}.
   *
   * @param adminSecret the admin API key's secret to register (at least 16 characters), or null to
   *     register none here
   */
  public Engine(Stores stores, EngineConfig config, String adminSecret) {
    this(stores, config, adminSecret, EngineOptions.defaults());
  }

  /**
   * The full wiring. Starts the reservation sweeper ({@link ReservationSweeper#DEFAULT_INTERVAL})
   * and the segment job (hourly); {@link #close} stops both.
   *
   * @param adminSecret the admin API key's secret to register (at least 16 characters), or null to
   *     register none here
   */
  public Engine(Stores stores, EngineConfig config, String adminSecret, EngineOptions options) {
    ProfileOptions profileOptions = options.profile();
    DeliveryOptions delivery = options.delivery();
    TextEmbedder embedder = options.embedder();
    this.stores = Objects.requireNonNull(stores, "stores");
    this.config = Objects.requireNonNull(config, "config");
    this.catalog = new CampaignCatalog(stores.campaigns(), config.clock(), embedder);
    this.deliveries = DeliveryCache.load(stores.ledger(), config.clock());
    this.pacer = new Pacer(deliveries, delivery.pacing(), delivery.seed());
    PseudonymKeyRing keys =
        new PseudonymKeyRing(config.pseudonymKey(), profileOptions.previousPseudonymKeys());
    VariantStatistics variantStatistics =
        new VariantStatistics(stores.counters(), config.clock(), options.creatives().refresh());
    this.creatives =
        new CreativeAssembler(variantStatistics, deliveries, options.creatives(), config.clock());
    this.decisions =
        new DecisionService(
            stores,
            config,
            new DecisionStages(
                catalog,
                deliveries,
                rankedByModels(DecisionPipeline.standard(catalog, deliveries, delivery), options),
                keys,
                creatives),
            pacer,
            delivery);
    this.sweeper = new ReservationSweeper(stores.ledger(), config.clock());
    this.tracking = new TrackingService(stores, config, catalog, deliveries, variantStatistics);
    this.admin = new AdminService(stores.campaigns(), config.clock(), catalog::refresh);
    this.apiKeys = new ApiKeyService(stores.apiKeys(), stores.campaigns(), config.clock());
    NearDuplicateFilter nearDuplicates =
        new NearDuplicateFilter(profileOptions.nearDuplicateWindow(), 100_000);
    ProfileUpdater updater =
        new ProfileUpdater(
            stores,
            new ContentAnalyzer(
                new KeywordExtractor(keywordCorpus),
                embedder,
                embedder == null ? null : ZeroShotCategorizer.withDefaults(embedder),
                ContentAnalyzer.DEFAULT_MIN_CATEGORY_CONFIDENCE),
            profileOptions,
            campaignId ->
                stores
                    .campaigns()
                    .campaign(campaignId)
                    .map(c -> c.targeting().interests())
                    .orElse(Set.of()),
            config.clock());
    this.ingestion =
        new EventIngestionService(stores.events(), keys, nearDuplicates, updater, config.clock());
    this.profiles = new ProfileService(stores, keys, updater, nearDuplicates, config.clock());
    this.reports = new ReportService(stores.campaigns(), stores.ledger(), config.clock());
    this.segments =
        new SegmentJob(
            stores.profiles(), stores.segments(), SegmentOptions.DEFAULTS, config.clock());
    this.lookalikes = new LookalikeService(stores, keys, SegmentOptions.DEFAULTS, config.clock());
    if (adminSecret != null) {
      apiKeys.ensureAdminKey(adminSecret);
    }
    sweeper.start(ReservationSweeper.DEFAULT_INTERVAL);
    if (ctrModel != null) {
      ctrModel.start(MODEL_REFRESH);
      cvrModel.start(MODEL_REFRESH);
    }
    segments.start(SegmentOptions.DEFAULTS.interval());
  }

  public Pacer pacer() {
    return pacer;
  }

  public ReservationSweeper reservationSweeper() {
    return sweeper;
  }

  /** Stops the scheduled tasks; the stores stay open (their owner closes them). */
  @Override
  public void close() {
    if (ctrModel != null) {
      ctrModel.close();
      cvrModel.close();
    }
    segments.close();
    sweeper.close();
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

  /**
   * The audience segment job: scheduled hourly ({@link SegmentOptions#DEFAULTS}), {@code
   * segments().start(interval)} reschedules it, {@code segments().run()} runs it now.
   */
  public SegmentJob segments() {
    return segments;
  }

  /** Lookalike audiences over the profile vectors. */
  public LookalikeService lookalikes() {
    return lookalikes;
  }

  /**
   * The document frequencies keywords are weighted by (TF-IDF), shared by all profiles and learnt
   * from ingested text; in memory, so the transport persists it ({@link
   * DocumentFrequencies#snapshot()} / {@link DocumentFrequencies#restore(byte[])}).
   */
  public DocumentFrequencies keywordCorpus() {
    return keywordCorpus;
  }

  /**
   * {@code standard} with its ranker behind a {@link ModelRanker} when {@code options} name a model
   * registry: the registry's {@code ctr} and {@code cvr} champions rank, hot-swapped as they are
   * promoted, and the standard ranker ranks until a CTR champion exists.
   */
  private DecisionPipeline rankedByModels(DecisionPipeline standard, EngineOptions options) {
    if (options.models() == null) {
      return standard;
    }
    ctrModel =
        new ChampionWatcher<>(
            new ModelRegistry(options.models(), ModelTask.CTR.id(), config.clock()),
            ServingModel::of);
    cvrModel =
        new ChampionWatcher<>(
            new ModelRegistry(options.models(), ModelTask.CVR.id(), config.clock()),
            ServingModel::of);
    return new DecisionPipeline(
        standard.retriever(),
        new ModelRanker(standard.ranker(), ctrModel, cvrModel),
        standard.auction(),
        standard.reserves());
  }

  /** The served CTR champion, empty without a model registry or before a first champion. */
  public Optional<ChampionWatcher<ServingModel>> ctrModel() {
    return Optional.ofNullable(ctrModel);
  }

  /** The served CVR champion, empty without a model registry. */
  public Optional<ChampionWatcher<ServingModel>> cvrModel() {
    return Optional.ofNullable(cvrModel);
  }

  /** Dynamic creatives: the combination chooser and what it learned. */
  public CreativeAssembler creatives() {
    return creatives;
  }

  /** Profile lookup across pseudonym keys, explanations and erasure. */
  public ProfileService profiles() {
    return profiles;
  }
}
