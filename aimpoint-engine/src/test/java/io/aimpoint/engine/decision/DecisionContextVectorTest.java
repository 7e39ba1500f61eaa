package io.aimpoint.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.engine.EngineConfig;
import io.aimpoint.engine.profile.CountingEmbedder;
import io.aimpoint.engine.profile.HashingTextEmbedder;
import io.aimpoint.testkit.FakeClock;
import io.aimpoint.testkit.Samples;
import io.aimpoint.testkit.memory.InMemoryStores;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The context vector of a decision: which text is embedded, and how. */
class DecisionContextVectorTest {
  private final FakeClock clock = new FakeClock(Samples.T0);
  private final InMemoryStores memory = InMemoryStores.create(clock);
  private final EngineConfig config =
      EngineConfig.defaults(
          "0123456789abcdef-now".getBytes(StandardCharsets.UTF_8),
          "tracking-key-0123456789".getBytes(StandardCharsets.UTF_8),
          clock);
  private final HashingTextEmbedder hashing = new HashingTextEmbedder(16);
  private final CountingEmbedder embedder = new CountingEmbedder(hashing);

  private DecisionContext build(AdRequest.Context context, boolean consent) {
    return new DecisionContexts(config, null, memory.profiles(), embedder)
        .build(
            "d1",
            new AdRequest(
                "home-top", new AdRequest.User("u1", null, null, null, null, consent), context, 1),
            clock.instant());
  }

  @Test
  void page_text_is_embedded_as_a_passage_also_without_consent() {
    DecisionContext c =
        build(new AdRequest.Context(null, "golf clubs on sale", List.of(), null, "en"), false);

    assertThat(c.contextVector()).containsExactly(hashing.embed("golf clubs on sale"));
    assertThat(embedder.queries).isEmpty();
  }

  @Test
  void a_search_query_is_embedded_as_a_query_before_the_page_text() {
    DecisionContext c =
        build(new AdRequest.Context(null, "results page", List.of(), "golf clubs", "en"), true);

    assertThat(c.hasContextVector()).isTrue();
    assertThat(embedder.queries).containsExactly("golf clubs");
    assertThat(embedder.passageBatches).isEmpty();
  }

  @Test
  void long_page_text_is_cut_before_embedding() {
    String page = "golf ".repeat(DecisionContexts.MAX_CONTEXT_CHARS);

    build(new AdRequest.Context(null, page, List.of(), null, "en"), false);

    assertThat(embedder.passageBatches)
        .singleElement()
        .satisfies(b -> assertThat(b.get(0)).hasSize(DecisionContexts.MAX_CONTEXT_CHARS));
  }

  @Test
  void no_text_or_no_embedder_means_no_vector() {
    assertThat(build(null, true).hasContextVector()).isFalse();
    assertThat(
            build(new AdRequest.Context("https://x.example", " ", List.of(), null, null), true)
                .hasContextVector())
        .isFalse();
    DecisionContext without =
        new DecisionContexts(config, null, memory.profiles())
            .build(
                "d2",
                new AdRequest(
                    "home-top",
                    new AdRequest.User("u1", null, null, null, null, true),
                    new AdRequest.Context(null, "golf", List.of(), null, null),
                    1),
                clock.instant());
    assertThat(without.hasContextVector()).isFalse();
  }
}
