package io.aimpoint.engine.profile;

import io.aimpoint.engine.Stores;
import io.aimpoint.engine.auth.PseudonymKeyRing;
import io.aimpoint.engine.ingest.EventIngestionService;
import io.aimpoint.engine.ingest.EventInput;
import io.aimpoint.engine.ingest.NearDuplicateFilter;
import io.aimpoint.ml.text.DocumentFrequencies;
import io.aimpoint.ml.text.KeywordExtractor;
import io.aimpoint.testkit.FakeClock;
import io.aimpoint.testkit.Samples;
import io.aimpoint.testkit.memory.InMemoryStores;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** Ingestion and profile services over in-memory stores, a fake clock and a hashing embedder. */
public final class ProfileFixture {
  public static final byte[] KEY = "0123456789abcdef-test".getBytes(StandardCharsets.UTF_8);
  public static final byte[] OLD_KEY = "fedcba9876543210-old".getBytes(StandardCharsets.UTF_8);

  public final FakeClock clock = new FakeClock(Samples.T0);
  public final InMemoryStores memory = InMemoryStores.create(clock);
  public final Stores stores =
      new Stores(
          memory.campaigns(),
          memory.apiKeys(),
          memory.events(),
          memory.profiles(),
          memory.counters(),
          memory.ledger());
  public final PseudonymKeyRing keys;
  public final ProfileUpdater updater;
  public final EventIngestionService ingestion;
  public final ProfileService profiles;

  public ProfileFixture() {
    this(ProfileOptions.defaults());
  }

  public ProfileFixture(ProfileOptions options) {
    keys = new PseudonymKeyRing(KEY, options.previousPseudonymKeys());
    NearDuplicateFilter nearDuplicates =
        new NearDuplicateFilter(options.nearDuplicateWindow(), 1000);
    updater =
        new ProfileUpdater(
            stores,
            new ContentAnalyzer(
                new KeywordExtractor(new DocumentFrequencies(1000)), new HashingTextEmbedder(16)),
            options,
            campaignId -> campaignId.equals("cmp_golf") ? Set.of("golf") : Set.of(),
            clock);
    ingestion = new EventIngestionService(stores.events(), keys, nearDuplicates, updater, clock);
    profiles = new ProfileService(stores, keys, updater, nearDuplicates, clock);
  }

  public String userKey(String rawId) {
    return keys.current(rawId);
  }

  public static EventInput pageView(
      String id, String user, String url, String title, String category) {
    return new EventInput(
        id,
        "page_view",
        user,
        null,
        true,
        url,
        title,
        title,
        category,
        null,
        null,
        null,
        null,
        null);
  }

  public static EventInput search(String id, String user, String query) {
    return new EventInput(
        id, "search", user, null, true, null, null, null, null, query, null, null, null, null);
  }

  public static EventInput purchase(
      String id, String user, String item, String category, long micros) {
    return new EventInput(
        id,
        "purchase",
        user,
        null,
        true,
        null,
        null,
        null,
        category,
        null,
        item,
        micros,
        null,
        null);
  }

  public static List<EventInput> one(EventInput e) {
    return List.of(e);
  }
}
