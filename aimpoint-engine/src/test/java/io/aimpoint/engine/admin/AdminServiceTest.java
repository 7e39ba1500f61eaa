package io.aimpoint.engine.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aimpoint.core.campaign.Advertiser;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.Placement;
import io.aimpoint.core.campaign.Status;
import io.aimpoint.core.store.ListQuery;
import io.aimpoint.core.store.Page;
import io.aimpoint.core.store.StaleVersionException;
import io.aimpoint.core.validation.ValidationException;
import io.aimpoint.engine.ForbiddenException;
import io.aimpoint.engine.NotFoundException;
import io.aimpoint.engine.auth.Caller;
import io.aimpoint.testkit.FakeClock;
import io.aimpoint.testkit.Samples;
import io.aimpoint.testkit.memory.InMemoryCampaignStore;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminServiceTest {
  private final FakeClock clock = new FakeClock(Samples.T0);
  private final InMemoryCampaignStore store = new InMemoryCampaignStore();
  private final AtomicInteger catalogChanges = new AtomicInteger();
  private AdminService admin;
  private Advertiser a;
  private Advertiser b;

  @BeforeEach
  void setUp() throws Exception {
    SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
    seeded.setSeed(42);
    admin = new AdminService(store, clock, catalogChanges::incrementAndGet, new Ids(seeded));
    a = admin.createAdvertiser(Caller.ADMIN, Samples.advertiser(null));
    b = admin.createAdvertiser(Caller.ADMIN, Samples.advertiser(null));
  }

  @Test
  void create_assigns_id_timestamps_and_version_and_refreshes_the_catalog() {
    clock.advance(Duration.ofMinutes(1));
    Campaign c = admin.createCampaign(Caller.ADMIN, Samples.campaign("ignored", a.id()));

    assertThat(c.id()).startsWith("cmp_").hasSize(20).isNotEqualTo("ignored");
    assertThat(c.createdAt()).isEqualTo(clock.instant());
    assertThat(c.updatedAt()).isEqualTo(clock.instant());
    assertThat(c.version()).isEqualTo(1);
    assertThat(a.id()).startsWith("adv_");
    assertThat(catalogChanges).hasValue(3);
    assertThat(store.campaign(c.id())).contains(c);
  }

  @Test
  void advertiser_callers_see_only_their_own_objects() {
    Campaign ofB = admin.createCampaign(Caller.ADMIN, Samples.campaign(null, b.id()));
    Caller callerA = Caller.advertiser(a.id());

    assertThatThrownBy(() -> admin.campaign(callerA, ofB.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> admin.advertiser(callerA, b.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> admin.deleteCampaign(callerA, ofB.id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(admin.advertisers(callerA, ListQuery.all(100)).items()).containsExactly(a);
    assertThat(admin.campaigns(callerA, ListQuery.all(100)).items()).isEmpty();
    assertThat(admin.campaigns(Caller.ADMIN, ListQuery.all(100)).items()).containsExactly(ofB);
  }

  @Test
  void advertiser_callers_create_under_their_own_advertiser_only() {
    Caller callerA = Caller.advertiser(a.id());
    Campaign own = admin.createCampaign(callerA, Samples.campaign(null, null));
    assertThat(own.advertiserId()).isEqualTo(a.id());

    assertThatThrownBy(() -> admin.createCampaign(callerA, Samples.campaign(null, b.id())))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("advertiserId");
    assertThatThrownBy(() -> admin.createAdvertiser(callerA, Samples.advertiser(null)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> admin.deleteAdvertiser(callerA, a.id()))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void publishers_cannot_manage_anything() {
    assertThatThrownBy(() -> admin.advertisers(Caller.PUBLISHER, ListQuery.all(10)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> admin.createCampaign(Caller.PUBLISHER, Samples.campaign(null, a.id())))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> admin.placements(Caller.PUBLISHER))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void campaign_needs_an_existing_advertiser() {
    assertThatThrownBy(() -> admin.createCampaign(Caller.ADMIN, Samples.campaign(null, "adv_x")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting("field").containsExactly("advertiserId"));
  }

  @Test
  void creative_takes_its_advertiser_from_its_campaign() {
    Campaign c = admin.createCampaign(Caller.ADMIN, Samples.campaign(null, a.id()));
    Creative cr = admin.createCreative(Caller.ADMIN, Samples.creative(null, c.id(), b.id()));

    assertThat(cr.advertiserId()).isEqualTo(a.id());
    assertThat(cr.id()).startsWith("crv_");
  }

  @Test
  void creative_cannot_refer_to_another_advertisers_campaign() {
    Campaign ofB = admin.createCampaign(Caller.ADMIN, Samples.campaign(null, b.id()));
    Caller callerA = Caller.advertiser(a.id());

    assertThatThrownBy(
            () -> admin.createCreative(callerA, Samples.creative(null, ofB.id(), a.id())))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("campaignId");
  }

  @Test
  void creative_moves_only_within_its_advertiser() {
    Campaign c1 = admin.createCampaign(Caller.ADMIN, Samples.campaign(null, a.id()));
    Campaign c2 = admin.createCampaign(Caller.ADMIN, Samples.campaign(null, a.id()));
    Campaign ofB = admin.createCampaign(Caller.ADMIN, Samples.campaign(null, b.id()));
    Creative cr = admin.createCreative(Caller.ADMIN, Samples.creative(null, c1.id(), null));

    Creative moved = admin.updateCreative(Caller.ADMIN, cr.withOwner(c2.id(), cr.advertiserId()));
    assertThat(moved.campaignId()).isEqualTo(c2.id());
    assertThatThrownBy(
            () ->
                admin.updateCreative(Caller.ADMIN, moved.withOwner(ofB.id(), moved.advertiserId())))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void update_is_compare_and_set_on_version() {
    Campaign c = admin.createCampaign(Caller.ADMIN, Samples.campaign(null, a.id()));
    clock.advance(Duration.ofSeconds(5));
    Campaign renamed = admin.updateCampaign(Caller.ADMIN, c.withName("New name"));

    assertThat(renamed.version()).isEqualTo(2);
    assertThat(renamed.name()).isEqualTo("New name");
    assertThat(renamed.createdAt()).isEqualTo(c.createdAt());
    assertThat(renamed.updatedAt()).isEqualTo(clock.instant());
    assertThatThrownBy(() -> admin.updateCampaign(Caller.ADMIN, c.withName("Lost update")))
        .isInstanceOf(StaleVersionException.class);
    assertThat(admin.campaign(Caller.ADMIN, c.id()).name()).isEqualTo("New name");
  }

  @Test
  void campaign_cannot_move_to_another_advertiser() {
    Campaign c = admin.createCampaign(Caller.ADMIN, Samples.campaign(null, a.id()));
    Campaign moved = c.withAdvertiserId(b.id());

    assertThatThrownBy(() -> admin.updateCampaign(Caller.ADMIN, moved))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("advertiserId");
  }

  @Test
  void invalid_update_changes_nothing() {
    Campaign c = admin.createCampaign(Caller.ADMIN, Samples.campaign(null, a.id()));
    assertThatThrownBy(() -> admin.updateCampaign(Caller.ADMIN, c.withName(" ")))
        .isInstanceOf(ValidationException.class);
    assertThat(store.campaign(c.id())).contains(c);
  }

  @Test
  void listing_pages_by_id_with_filters() {
    for (int i = 0; i < 5; i++) {
      admin.createCampaign(Caller.ADMIN, Samples.campaign(null, a.id()));
    }
    Campaign paused = admin.createCampaign(Caller.ADMIN, Samples.campaign(null, b.id()));
    admin.updateCampaign(Caller.ADMIN, paused.withStatus(Status.PAUSED));

    Page<Campaign> first =
        admin.campaigns(Caller.ADMIN, new ListQuery(a.id(), null, null, null, 3));
    Page<Campaign> second =
        admin.campaigns(Caller.ADMIN, new ListQuery(a.id(), null, null, first.nextCursor(), 3));
    assertThat(first.items()).hasSize(3);
    assertThat(second.items()).hasSize(2);
    assertThat(second.nextCursor()).isNull();
    assertThat(
            admin
                .campaigns(Caller.ADMIN, new ListQuery(null, null, Status.PAUSED, null, 10))
                .items())
        .extracting(Campaign::id)
        .containsExactly(paused.id());
  }

  @Test
  void deleting_an_advertiser_deletes_its_campaigns() {
    Campaign c = admin.createCampaign(Caller.ADMIN, Samples.campaign(null, a.id()));
    admin.deleteAdvertiser(Caller.ADMIN, a.id());
    assertThatThrownBy(() -> admin.campaign(Caller.ADMIN, c.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void placements_are_admin_only_and_validated() {
    Placement p =
        admin.putPlacement(Caller.ADMIN, new Placement("home-top", "Home", 500_000, null));
    assertThat(p.updatedAt()).isEqualTo(clock.instant());
    assertThat(admin.placement(Caller.ADMIN, "home-top")).isEqualTo(p);
    assertThatThrownBy(() -> admin.placement(Caller.advertiser(a.id()), "home-top"))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> admin.putPlacement(Caller.ADMIN, new Placement("x", null, -1, null)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("floorCpmMicros");
  }
}
