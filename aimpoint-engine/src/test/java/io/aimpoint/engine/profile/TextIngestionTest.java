package io.aimpoint.engine.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.user.UserProfile;
import io.aimpoint.engine.Stores;
import io.aimpoint.engine.auth.Caller;
import io.aimpoint.engine.auth.PseudonymKeyRing;
import io.aimpoint.engine.ingest.EventIngestionService;
import io.aimpoint.engine.ingest.EventInput;
import io.aimpoint.engine.ingest.NearDuplicateFilter;
import io.aimpoint.ml.text.CategoryDescription;
import io.aimpoint.ml.text.DocumentFrequencies;
import io.aimpoint.ml.text.KeywordExtractor;
import io.aimpoint.ml.text.ZeroShotCategorizer;
import io.aimpoint.testkit.FakeClock;
import io.aimpoint.testkit.Samples;
import io.aimpoint.testkit.memory.InMemoryStores;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Text on the ingestion path: one embedder call per ingest request, and zero-shot categories for
 * page views sent without one. The hashing embedder stands in for BGE (texts sharing words are
 * close), which is all the wiring needs; the model's quality is measured in aimpoint-sim.
 */
class TextIngestionTest {
  static final List<CategoryDescription> CATEGORIES =
      List.of(
          new CategoryDescription("golf", "golf clubs course swing", "golf clubs course swing"),
          new CategoryDescription(
              "travel", "hotel flight beach resort", "hotel flight beach resort"));

  final FakeClock clock = new FakeClock(Samples.T0);
  final InMemoryStores memory = InMemoryStores.create(clock);
  final Stores stores =
      new Stores(
          memory.campaigns(),
          memory.apiKeys(),
          memory.events(),
          memory.profiles(),
          memory.counters(),
          memory.ledger());
  final PseudonymKeyRing keys = new PseudonymKeyRing(ProfileFixture.KEY, List.of());
  final CountingEmbedder embedder = new CountingEmbedder(new HashingTextEmbedder(64));

  EventIngestionService ingestion(double minConfidence) {
    return ingestion(minConfidence, 0.02);
  }

  EventIngestionService ingestion(double minConfidence, double temperature) {
    ContentAnalyzer analyzer =
        new ContentAnalyzer(
            new KeywordExtractor(new DocumentFrequencies(1000)),
            embedder,
            new ZeroShotCategorizer(embedder, CATEGORIES, temperature),
            minConfidence);
    ProfileUpdater updater =
        new ProfileUpdater(stores, analyzer, ProfileOptions.defaults(), id -> Set.of(), clock);
    return new EventIngestionService(
        stores.events(),
        keys,
        new NearDuplicateFilter(ProfileOptions.defaults().nearDuplicateWindow(), 100),
        updater,
        clock);
  }

  @Test
  void the_passages_of_one_ingest_request_go_to_the_embedder_in_one_batch() {
    EventIngestionService ingestion = ingestion(0.5);
    int callsBefore = embedder.passageBatches.size();

    ingestion.ingest(
        Caller.ADMIN,
        List.of(
            ProfileFixture.pageView("e1", "u1", "https://a.example/1", "golf swing tips", "golf"),
            ProfileFixture.pageView("e2", "u2", "https://a.example/2", "beach resort", "travel"),
            ProfileFixture.search("e3", "u3", "cheap golf clubs"),
            ProfileFixture.pageView("e4", "u1", "https://a.example/3", "golf course", "golf"),
            ProfileFixture.purchase("e5", "u4", "driver golf club", "golf", 99_000_000)));

    assertThat(embedder.passageBatches.subList(callsBefore, embedder.passageBatches.size()))
        .singleElement()
        .satisfies(batch -> assertThat(batch).hasSize(4));
    assertThat(embedder.queries).containsExactly("cheap golf clubs");
    assertThat(profile("u1").semantic().hasVector()).isTrue();
  }

  @Test
  void a_page_view_without_a_category_gets_the_zero_shot_one() {
    ingestion(0.5)
        .ingest(Caller.ADMIN, List.of(view("e1", "u1", "beach resort hotel flight deals")));

    assertThat(profile("u1").interests()).containsOnlyKeys("travel");
    assertThat(profile("u1").behaviours())
        .singleElement()
        .extracting(b -> b.category())
        .isEqualTo("travel");
  }

  @Test
  void a_category_sent_with_the_event_wins_over_the_zero_shot_one() {
    ingestion(0.5)
        .ingest(
            Caller.ADMIN,
            List.of(
                ProfileFixture.pageView(
                    "e1", "u1", "https://a.example/1", "beach resort hotel", "golf")));

    assertThat(profile("u1").interests()).containsOnlyKeys("golf");
  }

  @Test
  void below_the_confidence_threshold_the_page_adds_no_interest() {
    // A hot softmax (temperature 10) spreads two categories near 0.5 each, below 0.7.
    ingestion(0.7, 10).ingest(Caller.ADMIN, List.of(view("e1", "u1", "beach resort hotel flight")));

    UserProfile p = profile("u1");
    assertThat(p.interests()).isEmpty();
    assertThat(p.semantic().hasVector()).isTrue();
  }

  private UserProfile profile(String rawId) {
    return memory.profiles().get(keys.current(rawId)).orElseThrow();
  }

  private static EventInput view(String id, String user, String text) {
    return new EventInput(
        id,
        "page_view",
        user,
        null,
        true,
        "https://pages.example/" + id,
        null,
        text,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
