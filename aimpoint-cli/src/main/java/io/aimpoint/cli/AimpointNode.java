package io.aimpoint.cli;

import io.aimpoint.core.store.ApiKey;
import io.aimpoint.engine.Engine;
import io.aimpoint.engine.EngineConfig;
import io.aimpoint.engine.EngineOptions;
import io.aimpoint.engine.Stores;
import io.aimpoint.engine.admin.ApiKeyService;
import io.aimpoint.engine.auth.Caller;
import io.aimpoint.ml.text.BgeSmallZhEmbedder;
import io.aimpoint.ml.text.CachingEmbedder;
import io.aimpoint.ml.text.TextEmbedder;
import io.aimpoint.server.AimpointServer;
import io.aimpoint.server.ServerOptions;
import io.aimpoint.store.embedded.EmbeddedStores;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running Aimpoint: the embedded stores under the data directory, the engine on them and the
 * HTTP server in front. {@link #close} stops the server before closing the stores, so that no
 * request is left writing to a closed store.
 *
 * <p>Unless turned off ({@link ServeOptions#textEmbedder()}), the engine gets the BGE-small-zh text
 * embedder behind a content-hash cache of {@value #EMBEDDING_CACHE_ENTRIES} vectors (about 110 MB
 * at 512 dimensions), shared by creatives, decision contexts and ingestion so that a page embedded
 * when it is viewed is a cache hit when an ad is requested on it. The keyword corpus statistic is
 * kept in the data directory ({@link KeywordCorpusFile}).
 */
public final class AimpointNode implements AutoCloseable {
  /** Secrets live beside the stores, so a data directory moves or is backed up as one piece. */
  static final String PSEUDONYM_KEY_FILE = "secrets/pseudonym.key";

  static final String TRACKING_KEY_FILE = "secrets/tracking.key";

  /**
   * The model registry the node serves from: {@code train --registry <data-dir>/models} and {@code
   * models promote --registry <data-dir>/models} put a champion into serving within seconds.
   */
  static final String MODELS_DIR = "models";

  static final int SECRET_BYTES = 32;

  /** Entries of the embedding cache: popular pages, queries and every creative fit. */
  static final int EMBEDDING_CACHE_ENTRIES = 50_000;

  private static final Logger log = LoggerFactory.getLogger(AimpointNode.class);

  private final EmbeddedStores stores;
  private final Engine engine;
  private final AimpointServer server;
  private final String baseUrl;
  private final TextEmbedder embedder;
  private final KeywordCorpusFile keywordCorpus;
  private final AtomicBoolean closed = new AtomicBoolean();

  private AimpointNode(
      EmbeddedStores stores, Engine engine, AimpointServer server, String baseUrl, TextParts text) {
    this.stores = stores;
    this.engine = engine;
    this.server = server;
    this.baseUrl = baseUrl;
    this.embedder = text.embedder();
    this.keywordCorpus = text.keywordCorpus();
  }

  /** The text-understanding parts a node owns and closes: the embedder and the corpus file. */
  private record TextParts(TextEmbedder embedder, KeywordCorpusFile keywordCorpus) {}

  /**
   * Opens the stores, loads or creates the secrets, builds the engine and starts the server.
   *
   * @throws IOException if the secrets cannot be read or written
   */
  public static AimpointNode start(ServeOptions options, Clock clock) throws IOException {
    Path dataDir = options.dataDir().toAbsolutePath().normalize();
    SecureRandom random = new SecureRandom();
    byte[] pseudonymKey =
        SecretFile.loadOrCreate(dataDir.resolve(PSEUDONYM_KEY_FILE), SECRET_BYTES, random);
    byte[] trackingKey =
        SecretFile.loadOrCreate(dataDir.resolve(TRACKING_KEY_FILE), SECRET_BYTES, random);
    EmbeddedStores stores = EmbeddedStores.open(dataDir, clock);
    EngineConfig config = EngineConfig.defaults(pseudonymKey, trackingKey, clock);
    Engine engine = null;
    TextEmbedder embedder = null;
    KeywordCorpusFile corpusFile = null;
    try {
      embedder =
          options.textEmbedder()
              ? new CachingEmbedder(BgeSmallZhEmbedder.load(), EMBEDDING_CACHE_ENTRIES)
              : null;
      engine =
          new Engine(
              storesOf(stores),
              config,
              options.adminKey().secret(),
              EngineOptions.defaults()
                  .withEmbedder(embedder)
                  .withModels(dataDir.resolve(MODELS_DIR)));
      corpusFile = KeywordCorpusFile.open(dataDir, engine.keywordCorpus());
      revokeEarlierAdminKeys(engine, options.adminKey());
      AimpointServer server = listen(engine, options);
      String baseUrl =
          options.baseUrl() != null ? options.baseUrl() : "http://localhost:" + server.port();
      logConfiguration(options, dataDir, server.port(), baseUrl, config);
      return new AimpointNode(stores, engine, server, baseUrl, new TextParts(embedder, corpusFile));
    } catch (RuntimeException | IOException e) {
      // The engine's background jobs must stop before the stores close under them.
      if (engine != null) {
        engine.close();
      }
      if (corpusFile != null) {
        corpusFile.close();
      }
      if (embedder != null) {
        embedder.close();
      }
      stores.close();
      throw e;
    }
  }

  private static AimpointServer listen(Engine engine, ServeOptions options) {
    ServerOptions serverOptions =
        new ServerOptions(
            "0.0.0.0", options.port(), options.baseUrl(), ServerOptions.DEFAULT_MAX_REQUEST_BYTES);
    AimpointServer server = AimpointServer.start(engine, serverOptions);
    if (server.port() < 0) {
      // Helidon logs a failed bind and carries on without a listener instead of throwing.
      server.stop();
      throw new IllegalStateException(
          "cannot listen on port " + options.port() + "; is another process using it?");
    }
    return server;
  }

  /**
   * Exactly one admin key is valid: this run's. Without this, every key generated at an earlier
   * start (or replaced in the configuration) would stay valid for good.
   */
  private static void revokeEarlierAdminKeys(Engine engine, AdminKey current) {
    String currentHash = ApiKeyService.hash(current.secret());
    for (ApiKey key : engine.apiKeys().list(Caller.ADMIN, null)) {
      if (key.role() == ApiKey.Role.ADMIN && !key.secretHash().equals(currentHash)) {
        engine.apiKeys().revoke(Caller.ADMIN, key.id());
        log.info("Revoked the admin key {} of an earlier start", key.id());
      }
    }
  }

  private static Stores storesOf(EmbeddedStores s) {
    return new Stores(
        s.campaigns(),
        s.apiKeys(),
        s.events(),
        s.profiles(),
        s.counters(),
        s.ledger(),
        s.segments());
  }

  private static void logConfiguration(
      ServeOptions options, Path dataDir, int port, String baseUrl, EngineConfig config) {
    log.info(
        "Aimpoint started: port={} dataDir={} baseUrl={} adminKeySource={} secrets={}"
            + " defaultFloorCpmMicros={} attributionWindow={} trackingTokenTtl={}"
            + " textEmbedder={} embeddingCacheEntries={}",
        port,
        dataDir,
        baseUrl,
        options.adminKey().source().name().toLowerCase(Locale.ROOT),
        dataDir.resolve("secrets"),
        config.defaultFloorCpmMicros(),
        config.attributionWindow(),
        config.trackingTokenTtl(),
        options.textEmbedder() ? "bge-small-zh-v1.5-int8" : "off",
        options.textEmbedder() ? EMBEDDING_CACHE_ENTRIES : 0);
  }

  /** The bound TCP port (the real one when started on port 0). */
  public int port() {
    return server.port();
  }

  /** The URL clients reach this server under, without a trailing slash. */
  public String baseUrl() {
    return baseUrl;
  }

  public Engine engine() {
    return engine;
  }

  /**
   * Stops the server, then the engine's background tasks, saves the keyword corpus, closes the
   * embedder, then the stores; later calls do nothing.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      server.stop();
    } finally {
      try {
        engine.close();
        keywordCorpus.close();
        if (embedder != null) {
          embedder.close();
        }
      } finally {
        stores.close();
        log.info("Aimpoint stopped");
      }
    }
  }
}
