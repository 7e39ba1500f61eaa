package io.aimpoint.engine.profile;

import static io.aimpoint.engine.profile.ProfileFixture.pageView;
import static io.aimpoint.engine.profile.ProfileFixture.purchase;
import static io.aimpoint.engine.profile.ProfileFixture.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.event.AdClick;
import io.aimpoint.core.event.AdImpression;
import io.aimpoint.core.event.Consent;
import io.aimpoint.core.event.ServedAd;
import io.aimpoint.core.store.LoggedEvent;
import io.aimpoint.core.user.ExposureCount;
import io.aimpoint.core.user.RecentAdActivity;
import io.aimpoint.core.user.UserProfile;
import io.aimpoint.engine.ForbiddenException;
import io.aimpoint.engine.NotFoundException;
import io.aimpoint.engine.auth.Caller;
import io.aimpoint.engine.auth.Pseudonymizer;
import io.aimpoint.engine.decision.FrequencyCaps;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileServiceTest {
  private final ProfileFixture f = new ProfileFixture();

  @Test
  void an_accepted_event_fills_every_part_of_the_profile() {
    f.ingestion.ingest(
        Caller.PUBLISHER,
        List.of(
            pageView("e1", "u1", "https://g.example/1", "Golf drivers for beginners", "Golf"),
            search("e2", "u1", "golf driver"),
            purchase("e3", "u1", "Titanium driver", "golf", 199_000_000L)));

    UserProfile p = f.stores.profiles().get(f.userKey("u1")).orElseThrow();
    assertThat(p.interests()).containsOnlyKeys("golf");
    assertThat(p.interests().get("golf")).isCloseTo(4.0, within(1e-9));
    assertThat(p.keywords()).containsKey("driver");
    assertThat(p.semantic().vector()).hasSize(16);
    assertThat(p.behaviours()).hasSize(3);
    assertThat(p.rfm().purchaseMicros()).isEqualTo(199_000_000L);
    assertThat(p.rfm().countsByType()).containsEntry("search", 1L);
  }

  @Test
  void explains_each_interest_with_its_top_contributing_events() {
    f.ingestion.ingest(
        Caller.PUBLISHER, List.of(pageView("e1", "u1", "https://g.example/1", "Old golf", "golf")));
    f.clock.advance(ProfileOptions.DEFAULT_HALF_LIFE);
    f.ingestion.ingest(
        Caller.PUBLISHER,
        List.of(
            pageView("e2", "u1", "https://g.example/2", "New golf", "golf"),
            purchase("e3", "u1", "Putter", "golf", 50_000_000L),
            pageView("e4", "u1", "https://n.example/1", "News", "news")));

    ProfileView view = f.profiles.explain(Caller.ADMIN, "u1");

    assertThat(view.interests())
        .extracting(ProfileView.Interest::category)
        .containsExactly("golf", "news");
    ProfileView.Interest golf = view.interests().get(0);
    assertThat(golf.weight()).isCloseTo(4.5, within(1e-9));
    assertThat(golf.topEvents())
        .extracting(ProfileView.Contribution::eventId)
        .containsExactly("e3", "e2", "e1");
    assertThat(golf.topEvents().get(0).label()).isEqualTo("Putter");
    assertThat(golf.topEvents().get(2).contribution()).isCloseTo(0.5, within(1e-9));
    assertThat(view.userKey()).isEqualTo(f.userKey("u1"));
  }

  @Test
  void only_admins_may_read_or_erase_profiles() {
    assertThatThrownBy(() -> f.profiles.explain(Caller.PUBLISHER, "u1"))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> f.profiles.erase(Caller.advertiser("adv"), "u1"))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> f.profiles.explain(Caller.ADMIN, "nobody"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void without_consent_nothing_is_added_to_the_profile() {
    var denied =
        new io.aimpoint.engine.ingest.EventInput(
            "e1",
            "purchase",
            "u1",
            null,
            false,
            null,
            null,
            null,
            "golf",
            null,
            "x",
            1L,
            null,
            null);
    f.ingestion.ingest(Caller.PUBLISHER, List.of(denied));

    assertThat(f.stores.profiles().get(f.userKey("u1"))).isEmpty();
  }

  @Test
  void ad_impressions_and_clicks_in_the_log_become_exposure_counts_once() {
    String key = f.userKey("u1");
    f.stores
        .events()
        .append(
            List.of(
                new AdImpression("imp1", key, f.clock.instant(), Consent.GRANTED, "d1", ad(), 0),
                new AdImpression("imp2", key, f.clock.instant(), Consent.GRANTED, "d2", ad(), 0),
                new AdClick("clk1", key, f.clock.instant(), Consent.GRANTED, "d1", ad(), 0),
                new AdImpression(
                    "imp3", "other", f.clock.instant(), Consent.DENIED, "d3", ad(), 0)));

    assertThat(f.profiles.catchUp()).isEqualTo(4);
    assertThat(f.profiles.catchUp()).isZero();

    UserProfile p = f.stores.profiles().get(key).orElseThrow();
    assertThat(p.exposure().byCampaign()).containsEntry("cmp_golf", new ExposureCount(2, 1));
    assertThat(p.exposure().byCategory()).containsEntry("golf", new ExposureCount(2, 1));
    assertThat(p.exposure().total()).isEqualTo(new ExposureCount(2, 1));
    assertThat(p.exposure().recent()).isEqualTo(new RecentAdActivity(2, 1, f.clock.instant()));
    assertThat(f.stores.profiles().get("other")).isEmpty();
    assertThat(f.stores.counters().get(ProfileUpdater.OFFSET_KEY))
        .isEqualTo(f.stores.events().endOffset());
  }

  @Test
  void a_profile_under_a_previous_pseudonym_key_is_found_and_moved_to_the_current_key() {
    String oldKey = new Pseudonymizer(ProfileFixture.OLD_KEY).userKey("u1");
    f.stores.profiles().update(oldKey, p -> withInterest(p, "golf"));
    ProfileFixture rotated =
        new ProfileFixture(
            ProfileOptions.defaults().withPreviousPseudonymKeys(List.of(ProfileFixture.OLD_KEY)));
    rotated.stores.profiles().put(f.stores.profiles().get(oldKey).orElseThrow());

    rotated.ingestion.ingest(
        Caller.PUBLISHER, List.of(pageView("e1", "u1", "https://n.example/1", "News", "news")));

    UserProfile moved = rotated.stores.profiles().get(rotated.userKey("u1")).orElseThrow();
    assertThat(moved.interests()).containsOnlyKeys("golf", "news");
    assertThat(rotated.stores.profiles().get(oldKey)).isEmpty();
  }

  @Test
  void erasure_removes_the_user_from_every_store_under_every_key_and_is_idempotent() {
    ProfileFixture rotated =
        new ProfileFixture(
            ProfileOptions.defaults().withPreviousPseudonymKeys(List.of(ProfileFixture.OLD_KEY)));
    String oldKey = new Pseudonymizer(ProfileFixture.OLD_KEY).userKey("u1");
    String key = rotated.userKey("u1");
    rotated.stores.profiles().update(oldKey, p -> withInterest(p, "golf"));
    rotated
        .stores
        .events()
        .append(
            List.of(
                new AdImpression(
                    "imp0", oldKey, f.clock.instant(), Consent.GRANTED, "d0", ad(), 0)));
    rotated.ingestion.ingest(
        Caller.PUBLISHER,
        List.of(
            pageView("e1", "u1", "https://g.example/1", "Golf", "golf"),
            pageView("e2", "u2", "https://g.example/1", "Golf", "golf")));
    rotated
        .stores
        .counters()
        .add(FrequencyCaps.userPrefix(key) + "fc:c:1:0", 1, f.clock.instant().plusSeconds(60));
    rotated.profiles.catchUp();

    rotated.profiles.erase(Caller.ADMIN, "u1");
    rotated.profiles.erase(Caller.ADMIN, "u1");

    for (String k : List.of(key, oldKey)) {
      assertThat(rotated.stores.profiles().get(k)).isEmpty();
      assertThat(rotated.stores.events().readUser(k, 1000)).isEmpty();
      assertThat(rotated.stores.counters().deleteByPrefix(FrequencyCaps.userPrefix(k))).isZero();
    }
    List<LoggedEvent> all = rotated.stores.events().read(0, 10_000);
    assertThat(all).extracting(e -> e.event().userKey()).doesNotContain(key, oldKey);
    assertThat(all.toString()).doesNotContain(key).doesNotContain(oldKey);
    assertThat(rotated.stores.events().find("e1")).isEmpty();
    assertThat(rotated.stores.profiles().get(rotated.userKey("u2"))).isPresent();
    // The same page view again is not suppressed as a near-duplicate of erased history.
    rotated.clock.advance(Duration.ofSeconds(1));
    assertThat(
            rotated
                .ingestion
                .ingest(
                    Caller.PUBLISHER,
                    List.of(pageView("e9", "u1", "https://g.example/1", "Golf", "golf")))
                .outcomes()
                .get(0)
                .status())
        .isEqualTo(io.aimpoint.engine.ingest.EventOutcome.Status.ACCEPTED);
  }

  private UserProfile withInterest(UserProfile p, String category) {
    return new UserProfile(
        p.userKey(), null, java.util.Map.of(category, 1.0), null, 1, f.clock.instant());
  }

  private static ServedAd ad() {
    return new ServedAd(
        0, "adv", "cmp_golf", "cr", BidType.CPM, 1_000_000, 1_000_000, 1_000_000, 0.01, 0.0);
  }
}
