package io.aimpoint.engine.creative;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.CreativeVariants;
import io.aimpoint.core.campaign.VariantCombination;
import io.aimpoint.core.event.AdClick;
import io.aimpoint.core.event.DecisionMade;
import io.aimpoint.core.event.Event;
import io.aimpoint.engine.Engine;
import io.aimpoint.engine.auth.Pseudonymizer;
import io.aimpoint.engine.decision.DecisionFixture;
import io.aimpoint.engine.decision.ServedAdView;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Dynamic creatives through the whole engine: decide, track, learn, restart. */
class DynamicCreativeEngineTest {
  final DecisionFixture f = new DecisionFixture();
  Engine engine;

  @AfterEach
  void tearDown() {
    if (engine != null) {
      engine.close();
    }
  }

  /** One CPC campaign whose creative {@code c-cr} has two alternative titles. */
  Creative setUp() {
    f.advertiser("a");
    f.campaign("a", "c", BidType.CPC, 800_000);
    Creative base = f.stores.campaigns().creative("c-cr").orElseThrow();
    Creative dynamic =
        base.withVariants(new CreativeVariants(List.of("Title two", "Title three"), null, null));
    f.stores
        .campaigns()
        .updateCreative(dynamic.withIdentity("c-cr", f.clock.instant(), f.clock.instant(), 2));
    engine = new Engine(f.stores, f.config, null);
    return dynamic;
  }

  ServedAdView serve(String user) {
    return engine.decisions().decide(DecisionFixture.request(user, 1)).ads().get(0);
  }

  @Test
  void the_served_combination_is_credited_on_impression_and_click() {
    Creative creative = setUp();
    ServedAdView ad = serve("u");

    engine.tracking().impression(ad.impressionToken());
    engine.tracking().click(ad.clickToken());
    engine.tracking().click(ad.clickToken());

    VariantCombination served = VariantCombination.parse(ad.variantId()).orElseThrow();
    assertThat(ad.title())
        .isEqualTo(List.of(creative.title(), "Title two", "Title three").get(served.title()));
    List<VariantCombination> combinations = creative.combinations();
    VariantStatistics.ArmCounts counts =
        engine.creatives().statistics().counts("c-cr", "ctx:home-top", combinations);
    int index = combinations.indexOf(served);
    long[] expected = new long[combinations.size()];
    expected[index] = 1;
    assertThat(counts.impressions()).containsExactly(expected);
    assertThat(counts.clicks()).as("a replayed click counts once").containsExactly(expected);
    String userKey = new Pseudonymizer(f.config.pseudonymKey()).userKey("u");
    List<Event> events = f.stores.events().readUser(userKey, 10);
    assertThat(events)
        .filteredOn(AdClick.class::isInstance)
        .singleElement()
        .satisfies(
            e ->
                assertThat(((AdClick) e).ad().variant().combinationId()).isEqualTo(ad.variantId()));
    assertThat(events)
        .filteredOn(DecisionMade.class::isInstance)
        .singleElement()
        .satisfies(
            e -> {
              var logged = ((DecisionMade) e).ads().get(0);
              assertThat(logged.variant().combinationId()).isEqualTo(ad.variantId());
              assertThat(logged.propensity()).isEqualTo(ad.propensity()).isGreaterThan(0);
            });
  }

  @Test
  void learns_the_clicked_title_and_remembers_it_after_a_restart() {
    Creative creative = setUp();
    for (int i = 0; i < 300; i++) {
      ServedAdView ad = serve("u" + i);
      engine.tracking().impression(ad.impressionToken());
      if (VariantCombination.parse(ad.variantId()).orElseThrow().title() == 1 && i % 3 == 0) {
        engine.tracking().click(ad.clickToken());
      }
    }
    VariantStatistics.ArmCounts before =
        engine.creatives().statistics().counts("c-cr", "ctx:home-top", creative.combinations());
    engine.close();

    engine = new Engine(f.stores, f.config, null);

    VariantStatistics.ArmCounts after =
        engine.creatives().statistics().counts("c-cr", "ctx:home-top", creative.combinations());
    assertThat(after.impressions()).containsExactly(before.impressions());
    assertThat(after.clicks()).containsExactly(before.clicks());
    assertThat(before.impressions()[1])
        .as("the clicked title took most impressions")
        .isGreaterThan(200);
    int titleTwo = 0;
    for (int i = 0; i < 100; i++) {
      if ("Title two".equals(serve("v" + i).title())) {
        titleTwo++;
      }
    }
    assertThat(titleTwo)
        .as("the restarted engine keeps serving the learned title (uniform: about 33)")
        .isGreaterThan(60);
  }

  @Test
  void creatives_without_variants_serve_as_before() {
    f.advertiser("a");
    f.campaign("a", "c", BidType.CPC, 800_000);
    engine = new Engine(f.stores, f.config, null);

    ServedAdView ad = serve("u");

    assertThat(ad.variantId()).isNull();
    assertThat(ad.title()).isEqualTo("Title c-cr");
    assertThat(ad.propensity()).isEqualTo(1.0);
  }
}
