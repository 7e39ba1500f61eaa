package io.aimpoint.store.embedded;

import static io.aimpoint.testkit.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.CreativeVariants;
import io.aimpoint.core.campaign.VariantCombination;
import io.aimpoint.core.event.AdClick;
import io.aimpoint.engine.Engine;
import io.aimpoint.engine.EngineConfig;
import io.aimpoint.engine.Stores;
import io.aimpoint.engine.auth.Pseudonymizer;
import io.aimpoint.engine.creative.VariantStatistics;
import io.aimpoint.engine.decision.AdRequest;
import io.aimpoint.engine.decision.ServedAdView;
import io.aimpoint.testkit.FakeClock;
import io.aimpoint.testkit.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dynamic creative's variants (H2) and what the engine learned about its combinations (RocksDB
 * counters) survive closing and reopening the embedded stores.
 */
class DynamicCreativeRestartTest {
  @TempDir Path dir;
  private final FakeClock clock = new FakeClock(T0);
  private final EngineConfig config =
      EngineConfig.defaults(
          "pseudonym-key-for-variants".getBytes(StandardCharsets.UTF_8),
          "tracking-key-for-variants".getBytes(StandardCharsets.UTF_8),
          clock);

  private final Creative creative =
      Samples.creative("cr", "c", "a")
          .withVariants(
              new CreativeVariants(List.of("Second title"), List.of("Second body"), List.of()));

  @Test
  void variants_and_learned_counts_survive_a_restart() {
    List<VariantCombination> combinations = creative.combinations();
    long[] impressions;
    long[] clicks;
    ServedAdView clicked = null;
    try (EmbeddedStores s = EmbeddedStores.open(dir.resolve("data"), clock)) {
      s.campaigns().createAdvertiser(Samples.advertiser("a"));
      s.campaigns().createCampaign(Samples.minimalCampaign("c", "a"));
      s.campaigns().createCreative(creative);
      try (Engine engine = engine(s)) {
        for (int i = 0; i < 20; i++) {
          ServedAdView ad = engine.decisions().decide(request("u" + i)).ads().get(0);
          engine.tracking().impression(ad.impressionToken());
          if (i % 4 == 0) {
            engine.tracking().click(ad.clickToken());
            clicked = ad;
          }
        }
        VariantStatistics.ArmCounts counts =
            engine.creatives().statistics().counts("cr", "ctx:home-top", combinations);
        impressions = counts.impressions();
        clicks = counts.clicks();
      }
    }

    try (EmbeddedStores s = EmbeddedStores.open(dir.resolve("data"), clock);
        Engine engine = engine(s)) {
      assertThat(s.campaigns().creative("cr")).contains(creative);
      VariantStatistics.ArmCounts counts =
          engine.creatives().statistics().counts("cr", "ctx:home-top", combinations);
      assertThat(counts.impressions()).containsExactly(impressions);
      assertThat(counts.clicks()).containsExactly(clicks);
      assertThat(java.util.Arrays.stream(impressions).sum()).isEqualTo(20);
      assertThat(java.util.Arrays.stream(clicks).sum()).isEqualTo(5);
      String clickedVariant = clicked.variantId();
      String userKey = new Pseudonymizer(config.pseudonymKey()).userKey("u16");
      assertThat(s.events().readUser(userKey, 10))
          .filteredOn(AdClick.class::isInstance)
          .singleElement()
          .satisfies(
              e ->
                  assertThat(((AdClick) e).ad().variant().combinationId())
                      .isEqualTo(clickedVariant));
    }
  }

  private Engine engine(EmbeddedStores s) {
    return new Engine(
        new Stores(s.campaigns(), s.apiKeys(), s.events(), s.profiles(), s.counters(), s.ledger()),
        config,
        null);
  }

  private static AdRequest request(String userId) {
    return new AdRequest(
        "home-top", new AdRequest.User(userId, null, null, null, null, false), null, 1);
  }
}
