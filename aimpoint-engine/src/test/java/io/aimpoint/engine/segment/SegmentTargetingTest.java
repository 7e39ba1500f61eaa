package io.aimpoint.engine.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aimpoint.core.campaign.Bid;
import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.campaign.Targeting;
import io.aimpoint.core.event.Consent;
import io.aimpoint.core.event.Conversion;
import io.aimpoint.core.user.UserProfile;
import io.aimpoint.core.validation.ValidationException;
import io.aimpoint.engine.Engine;
import io.aimpoint.engine.ForbiddenException;
import io.aimpoint.engine.auth.Caller;
import io.aimpoint.engine.auth.Pseudonymizer;
import io.aimpoint.engine.decision.AdRequest;
import io.aimpoint.engine.decision.DecisionFixture;
import io.aimpoint.engine.decision.ServedAdView;
import io.aimpoint.engine.segment.LookalikeResult.ScoredUser;
import io.aimpoint.testkit.Samples;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Segments and lookalikes through the engine, on profiles under pseudonymized raw ids. */
class SegmentTargetingTest {
  final DecisionFixture f = new DecisionFixture();
  final Pseudonymizer pseudonyms = new Pseudonymizer(f.config.pseudonymKey());
  final Map<String, String> rawByKey = new HashMap<>();
  final Engine engine;

  SegmentTargetingTest() {
    f.advertiser("a");
    f.advertiser("b");
    for (UserProfile p : new PlantedProfiles(40, 21).profiles) {
      String key = pseudonyms.userKey(p.userKey());
      rawByKey.put(key, p.userKey());
      f.stores.profiles().put(p.withUserKey(key));
    }
    engine = new Engine(f.stores, f.config, null);
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void a_campaign_targeting_a_segment_reaches_its_members_only() {
    engine.segments().run();
    String segment = kmeansSegmentOf("c0-u0");
    f.campaign(
        "a",
        "gamers",
        new Bid(BidType.CPM, 2_000_000),
        new Budget(null, 1_000_000_000L),
        null,
        new Targeting(
            null, null, null, null, null, null, null, null, Set.of(segment), null, null, null));
    engine.catalog().refresh();

    assertThat(served("c0-u7", true)).containsExactly("gamers");
    assertThat(served("c1-u0", true)).isEmpty();
    assertThat(served("c3-u2", true)).isEmpty();
    assertThat(served("c0-u7", false)).as("segments need consent").isEmpty();
  }

  @Test
  void lookalike_ranks_users_of_the_seed_cluster_first_and_excludes_the_seeds() {
    LookalikeResult r =
        engine
            .lookalikes()
            .find(Caller.ADMIN, new LookalikeRequest(List.of("c2-u0", "c2-u1"), null, 30, null));

    assertThat(r.seeds()).isEqualTo(2);
    assertThat(r.users()).hasSize(30);
    assertThat(r.users())
        .extracting(u -> rawByKey.get(u.userKey()))
        .allMatch(raw -> raw.startsWith("c2-"))
        .doesNotContain("c2-u0", "c2-u1");
    assertThat(r.users())
        .extracting(ScoredUser::score)
        .isSortedAccordingTo((x, y) -> Double.compare(y, x));
  }

  @Test
  void lookalike_seeded_by_a_campaigns_converters_can_be_saved_as_a_segment() {
    f.campaign("a", "shop", BidType.CPC, 1_000_000);
    f.stores.events().append(List.of(conversion("o1", "c3-u0"), conversion("o2", "c3-u1")));

    LookalikeResult r =
        engine
            .lookalikes()
            .find(Caller.ADMIN, new LookalikeRequest(null, "shop", 5, "Shop lookalikes"));

    assertThat(r.seeds()).isEqualTo(2);
    assertThat(r.savedSegment().id()).isEqualTo("lookalike:shop-lookalikes");
    assertThat(f.stores.segments().get("lookalike:shop-lookalikes")).isPresent();
    for (ScoredUser u : r.users()) {
      assertThat(rawByKey.get(u.userKey())).startsWith("c3-");
      assertThat(f.stores.profiles().get(u.userKey()).orElseThrow().segments())
          .contains("lookalike:shop-lookalikes");
    }
  }

  @Test
  void advertisers_may_seed_from_their_own_campaigns_only() {
    f.campaign("a", "shop", BidType.CPC, 1_000_000);
    f.stores.events().append(List.of(conversion("o1", "c3-u0")));

    assertThat(
            engine
                .lookalikes()
                .find(Caller.advertiser("a"), new LookalikeRequest(null, "shop", 3, null))
                .users())
        .hasSize(3);
    assertThatThrownBy(
            () ->
                engine
                    .lookalikes()
                    .find(Caller.advertiser("b"), new LookalikeRequest(null, "shop", 3, null)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () ->
                engine
                    .lookalikes()
                    .find(
                        Caller.advertiser("a"),
                        new LookalikeRequest(List.of("c0-u0"), null, 3, null)))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void lookalike_rejects_a_bad_size_and_seeds_without_profiles() {
    assertThatThrownBy(
            () ->
                engine
                    .lookalikes()
                    .find(Caller.ADMIN, new LookalikeRequest(List.of("c0-u0"), null, 0, null)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("size");
    assertThatThrownBy(
            () ->
                engine
                    .lookalikes()
                    .find(Caller.ADMIN, new LookalikeRequest(List.of("nobody"), null, 3, null)))
        .isInstanceOf(ValidationException.class);
  }

  private Conversion conversion(String orderId, String rawUser) {
    return new Conversion(
        "conv-" + orderId,
        pseudonyms.userKey(rawUser),
        DecisionFixture.T0,
        Consent.GRANTED,
        "a",
        orderId,
        5_000_000,
        "d-" + orderId,
        Samples.servedAd(0, "shop", "shop-cr"),
        0);
  }

  private String kmeansSegmentOf(String raw) {
    return f.stores.profiles().get(pseudonyms.userKey(raw)).orElseThrow().segments().stream()
        .filter(s -> s.startsWith("kmeans:"))
        .findFirst()
        .orElseThrow();
  }

  private List<String> served(String raw, boolean consent) {
    AdRequest request =
        new AdRequest(
            "home-top", new AdRequest.User(raw, null, null, null, null, consent), null, 5);
    return engine.decisions().decide(request).ads().stream().map(ServedAdView::campaignId).toList();
  }
}
