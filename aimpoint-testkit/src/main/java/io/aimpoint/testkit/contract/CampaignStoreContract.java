package io.aimpoint.testkit.contract;

import static io.aimpoint.testkit.Samples.T0;
import static io.aimpoint.testkit.Samples.advertiser;
import static io.aimpoint.testkit.Samples.campaign;
import static io.aimpoint.testkit.Samples.creative;
import static io.aimpoint.testkit.Samples.minimalCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aimpoint.core.campaign.Advertiser;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.Placement;
import io.aimpoint.core.campaign.Status;
import io.aimpoint.core.store.CampaignStore;
import io.aimpoint.core.store.ListQuery;
import io.aimpoint.core.store.Page;
import io.aimpoint.core.store.StaleVersionException;
import io.aimpoint.testkit.Concurrently;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@link CampaignStore} contract. Subclasses provide a fresh, empty store. */
public abstract class CampaignStoreContract {
  protected CampaignStore store;

  /** A new empty store; called before each test. */
  protected abstract CampaignStore newStore() throws Exception;

  /** Releases what {@link #newStore} opened; called after each test. */
  protected void cleanUp() throws Exception {}

  @BeforeEach
  void openStore() throws Exception {
    store = newStore();
  }

  @AfterEach
  void closeStore() throws Exception {
    cleanUp();
  }

  @Test
  void stored_objects_read_back_equal_with_every_field() {
    store.createAdvertiser(advertiser("adv-1"));
    store.createCampaign(campaign("cmp-1", "adv-1"));
    store.createCampaign(minimalCampaign("cmp-2", "adv-1"));
    store.createCreative(creative("crv-1", "cmp-1", "adv-1"));

    assertThat(store.advertiser("adv-1")).contains(advertiser("adv-1"));
    assertThat(store.campaign("cmp-1")).contains(campaign("cmp-1", "adv-1"));
    assertThat(store.campaign("cmp-2")).contains(minimalCampaign("cmp-2", "adv-1"));
    assertThat(store.creative("crv-1")).contains(creative("crv-1", "cmp-1", "adv-1"));
  }

  @Test
  void missing_objects_read_as_empty() {
    assertThat(store.advertiser("nope")).isEmpty();
    assertThat(store.campaign("nope")).isEmpty();
    assertThat(store.creative("nope")).isEmpty();
    assertThat(store.placement("nope")).isEmpty();
  }

  @Test
  void creating_an_existing_id_fails_and_keeps_the_original() {
    store.createAdvertiser(advertiser("adv-1"));
    store.createCampaign(campaign("cmp-1", "adv-1"));
    store.createCreative(creative("crv-1", "cmp-1", "adv-1"));
    Advertiser other = new Advertiser("adv-1", "Other", null, Status.PAUSED, T0, T0, 1);

    assertThatThrownBy(() -> store.createAdvertiser(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("adv-1");
    assertThatThrownBy(() -> store.createCampaign(minimalCampaign("cmp-1", "adv-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cmp-1");
    assertThatThrownBy(() -> store.createCreative(creative("crv-1", "cmp-1", "adv-2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("crv-1");
    assertThat(store.advertiser("adv-1")).contains(advertiser("adv-1"));
    assertThat(store.campaign("cmp-1")).contains(campaign("cmp-1", "adv-1"));
    assertThat(store.creative("crv-1")).contains(creative("crv-1", "cmp-1", "adv-1"));
  }

  @Test
  void update_with_the_next_version_replaces_the_object() {
    store.createAdvertiser(advertiser("adv-1"));
    store.createCampaign(campaign("cmp-1", "adv-1"));
    store.createCreative(creative("crv-1", "cmp-1", "adv-1"));
    Advertiser adv = CampaignEdits.renamed(advertiser("adv-1"), 2);
    Campaign cmp = CampaignEdits.paused(campaign("cmp-1", "adv-1"), 2);
    Creative crv = CampaignEdits.retitled(creative("crv-1", "cmp-1", "adv-1"), 2);

    assertThat(store.updateAdvertiser(adv)).isTrue();
    assertThat(store.updateCampaign(cmp)).isTrue();
    assertThat(store.updateCreative(crv)).isTrue();

    assertThat(store.advertiser("adv-1")).contains(adv);
    assertThat(store.campaign("cmp-1")).contains(cmp);
    assertThat(store.creative("crv-1")).contains(crv);
  }

  @Test
  void update_based_on_a_stale_version_throws_and_changes_nothing() {
    store.createAdvertiser(advertiser("adv-1"));
    store.createCampaign(campaign("cmp-1", "adv-1"));
    store.createCreative(creative("crv-1", "cmp-1", "adv-1"));
    store.updateCampaign(CampaignEdits.paused(campaign("cmp-1", "adv-1"), 2));

    assertThatThrownBy(() -> store.updateAdvertiser(CampaignEdits.renamed(advertiser("adv-1"), 1)))
        .isInstanceOf(StaleVersionException.class)
        .hasMessageContaining("adv-1");
    assertThatThrownBy(() -> store.updateAdvertiser(CampaignEdits.renamed(advertiser("adv-1"), 3)))
        .isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(
            () -> store.updateCampaign(CampaignEdits.paused(campaign("cmp-1", "adv-1"), 2)))
        .isInstanceOf(StaleVersionException.class)
        .hasMessageContaining("cmp-1");
    assertThatThrownBy(
            () ->
                store.updateCreative(
                    CampaignEdits.retitled(creative("crv-1", "cmp-1", "adv-1"), 5)))
        .isInstanceOf(StaleVersionException.class)
        .hasMessageContaining("crv-1");

    assertThat(store.advertiser("adv-1")).contains(advertiser("adv-1"));
    assertThat(store.campaign("cmp-1"))
        .contains(CampaignEdits.paused(campaign("cmp-1", "adv-1"), 2));
    assertThat(store.creative("crv-1")).contains(creative("crv-1", "cmp-1", "adv-1"));
  }

  @Test
  void update_of_a_missing_object_returns_false_and_creates_nothing() {
    assertThat(store.updateAdvertiser(CampaignEdits.renamed(advertiser("adv-1"), 2))).isFalse();
    assertThat(store.updateCampaign(CampaignEdits.paused(campaign("cmp-1", "adv-1"), 2))).isFalse();
    assertThat(store.updateCreative(CampaignEdits.retitled(creative("crv-1", "cmp-1", "adv-1"), 2)))
        .isFalse();

    assertThat(store.advertiser("adv-1")).isEmpty();
    assertThat(store.campaign("cmp-1")).isEmpty();
    assertThat(store.creative("crv-1")).isEmpty();
  }

  @Test
  void concurrent_updates_from_the_same_version_let_exactly_one_win() {
    store.createCampaign(campaign("cmp-1", "adv-1"));
    AtomicInteger wins = new AtomicInteger();
    AtomicInteger stale = new AtomicInteger();

    Concurrently.run(
        8,
        t -> {
          Campaign mine =
              CampaignEdits.renamedCampaign(campaign("cmp-1", "adv-1"), "by thread " + t, 2);
          try {
            if (store.updateCampaign(mine)) {
              wins.incrementAndGet();
            }
          } catch (StaleVersionException e) {
            stale.incrementAndGet();
          }
        });

    assertThat(wins).hasValue(1);
    assertThat(stale).hasValue(7);
    assertThat(store.campaign("cmp-1").orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void deleting_an_advertiser_deletes_its_campaigns_and_creatives_only() {
    seedTwoAdvertisers();

    assertThat(store.deleteAdvertiser("adv-1")).isTrue();

    assertThat(store.advertiser("adv-1")).isEmpty();
    assertThat(store.campaign("cmp-1a")).isEmpty();
    assertThat(store.campaign("cmp-1b")).isEmpty();
    assertThat(store.creative("crv-1a")).isEmpty();
    assertThat(store.creative("crv-1b")).isEmpty();
    assertThat(store.advertiser("adv-2")).isPresent();
    assertThat(store.campaign("cmp-2a")).isPresent();
    assertThat(store.creative("crv-2a")).isPresent();
  }

  @Test
  void deleting_a_campaign_deletes_its_creatives_only() {
    seedTwoAdvertisers();

    assertThat(store.deleteCampaign("cmp-1a")).isTrue();

    assertThat(store.campaign("cmp-1a")).isEmpty();
    assertThat(store.creative("crv-1a")).isEmpty();
    assertThat(store.creative("crv-1a2")).isEmpty();
    assertThat(store.advertiser("adv-1")).isPresent();
    assertThat(store.campaign("cmp-1b")).isPresent();
    assertThat(store.creative("crv-1b")).isPresent();
    assertThat(store.creative("crv-2a")).isPresent();
  }

  @Test
  void deleting_a_creative_deletes_only_it() {
    seedTwoAdvertisers();

    assertThat(store.deleteCreative("crv-1a")).isTrue();

    assertThat(store.creative("crv-1a")).isEmpty();
    assertThat(store.creative("crv-1a2")).isPresent();
    assertThat(store.campaign("cmp-1a")).isPresent();
  }

  @Test
  void deleting_a_missing_object_returns_false() {
    assertThat(store.deleteAdvertiser("nope")).isFalse();
    assertThat(store.deleteCampaign("nope")).isFalse();
    assertThat(store.deleteCreative("nope")).isFalse();
  }

  @Test
  void deleted_id_can_be_created_again() {
    store.createAdvertiser(advertiser("adv-1"));
    store.deleteAdvertiser("adv-1");

    store.createAdvertiser(advertiser("adv-1"));

    assertThat(store.advertiser("adv-1")).contains(advertiser("adv-1"));
  }

  @Test
  void listings_page_through_everything_in_id_order_without_gaps_or_repeats() {
    for (int i = 24; i >= 0; i--) {
      String adv = "adv-%03d".formatted(i);
      store.createAdvertiser(advertiser(adv));
      store.createCampaign(minimalCampaign("cmp-%03d".formatted(i), adv));
      store.createCreative(creative("crv-%03d".formatted(i), "cmp-%03d".formatted(i), adv));
    }

    List<String> advIds =
        CampaignEdits.pageAll(q -> store.advertisers(q), ListQuery.all(10), Advertiser::id);
    List<String> cmpIds =
        CampaignEdits.pageAll(q -> store.campaigns(q), ListQuery.all(7), Campaign::id);
    List<String> crvIds =
        CampaignEdits.pageAll(q -> store.creatives(q), ListQuery.all(25), Creative::id);

    assertThat(advIds).hasSize(25).isSorted().doesNotHaveDuplicates();
    assertThat(cmpIds).hasSize(25).isSorted().doesNotHaveDuplicates();
    assertThat(crvIds).hasSize(25).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void page_sizes_follow_the_limit_and_the_last_page_has_no_cursor() {
    for (int i = 0; i < 20; i++) {
      store.createAdvertiser(advertiser("adv-%03d".formatted(i)));
    }

    Page<Advertiser> first = store.advertisers(ListQuery.all(10));
    Page<Advertiser> second = store.advertisers(ListQuery.all(10).after(first.nextCursor()));
    Page<Advertiser> whole = store.advertisers(ListQuery.all(20));

    assertThat(first.items()).hasSize(10);
    assertThat(first.nextCursor()).isEqualTo("adv-009");
    assertThat(second.items()).extracting(Advertiser::id).startsWith("adv-010").hasSize(10);
    assertThat(second.nextCursor()).isNull();
    assertThat(whole.nextCursor()).isNull();
    assertThat(store.advertisers(ListQuery.all(5).after("adv-019")).items()).isEmpty();
  }

  @Test
  void empty_store_lists_an_empty_last_page() {
    Page<Campaign> page = store.campaigns(ListQuery.all(10));

    assertThat(page.items()).isEmpty();
    assertThat(page.nextCursor()).isNull();
  }

  @Test
  void listings_filter_by_advertiser_campaign_and_status() {
    seedTwoAdvertisers();
    store.updateCampaign(CampaignEdits.paused(minimalCampaign("cmp-1b", "adv-1"), 2));
    store.updateCreative(
        CampaignEdits.withStatus(creative("crv-1a2", "cmp-1a", "adv-1"), Status.ARCHIVED, 2));

    assertThat(
            CampaignEdits.ids(
                store.campaigns(new ListQuery("adv-1", null, null, null, 100)), Campaign::id))
        .containsExactly("cmp-1a", "cmp-1b");
    assertThat(
            CampaignEdits.ids(
                store.campaigns(new ListQuery("adv-1", null, Status.ACTIVE, null, 100)),
                Campaign::id))
        .containsExactly("cmp-1a");
    assertThat(
            CampaignEdits.ids(
                store.campaigns(new ListQuery(null, null, Status.PAUSED, null, 100)), Campaign::id))
        .containsExactly("cmp-1b");
    assertThat(
            CampaignEdits.ids(
                store.campaigns(new ListQuery(null, "cmp-2a", null, null, 100)), Campaign::id))
        .containsExactly("cmp-2a");
    assertThat(
            CampaignEdits.ids(
                store.creatives(new ListQuery(null, "cmp-1a", null, null, 100)), Creative::id))
        .containsExactly("crv-1a", "crv-1a2");
    assertThat(
            CampaignEdits.ids(
                store.creatives(new ListQuery("adv-1", null, Status.ACTIVE, null, 100)),
                Creative::id))
        .containsExactly("crv-1a", "crv-1b");
    assertThat(
            CampaignEdits.ids(
                store.creatives(new ListQuery("adv-2", null, null, null, 100)), Creative::id))
        .containsExactly("crv-2a");
    assertThat(
            CampaignEdits.ids(
                store.advertisers(new ListQuery("adv-2", null, null, null, 100)), Advertiser::id))
        .containsExactly("adv-2");
    assertThat(
            CampaignEdits.ids(
                store.advertisers(new ListQuery(null, null, Status.PAUSED, null, 100)),
                Advertiser::id))
        .isEmpty();
  }

  @Test
  void filtered_listing_pages_by_the_filtered_items() {
    for (int i = 0; i < 30; i++) {
      String adv = i % 3 == 0 ? "adv-a" : "adv-b";
      store.createCampaign(minimalCampaign("cmp-%03d".formatted(i), adv));
    }

    List<String> ids =
        CampaignEdits.pageAll(
            q -> store.campaigns(q), new ListQuery("adv-a", null, null, null, 4), Campaign::id);

    assertThat(ids).hasSize(10).allMatch(id -> Integer.parseInt(id.substring(4)) % 3 == 0);
  }

  @Test
  void placements_are_inserted_or_replaced_and_listed_by_id() {
    store.putPlacement(new Placement("side", "Sidebar", 500_000, T0));
    store.putPlacement(new Placement("home-top", "Home top", 1_000_000, T0));
    store.putPlacement(new Placement("side", "Sidebar v2", 700_000, T0.plusSeconds(60)));

    assertThat(store.placement("side"))
        .contains(new Placement("side", "Sidebar v2", 700_000, T0.plusSeconds(60)));
    assertThat(store.placements()).extracting(Placement::id).containsExactly("home-top", "side");
  }

  @Test
  void a_placements_category_exclusivity_is_kept() {
    store.putPlacement(new Placement("sponsored", "Sponsored", 0, true, T0));
    store.putPlacement(new Placement("shared", "Shared", 0, false, T0));

    assertThat(store.placement("sponsored").orElseThrow().exclusiveByCategory()).isTrue();
    assertThat(store.placement("shared").orElseThrow().exclusiveByCategory()).isFalse();
    assertThat(store.placement("side")).isEmpty();
  }

  private void seedTwoAdvertisers() {
    store.createAdvertiser(advertiser("adv-1"));
    store.createAdvertiser(advertiser("adv-2"));
    store.createCampaign(campaign("cmp-1a", "adv-1"));
    store.createCampaign(minimalCampaign("cmp-1b", "adv-1"));
    store.createCampaign(campaign("cmp-2a", "adv-2"));
    store.createCreative(creative("crv-1a", "cmp-1a", "adv-1"));
    store.createCreative(creative("crv-1a2", "cmp-1a", "adv-1"));
    store.createCreative(creative("crv-1b", "cmp-1b", "adv-1"));
    store.createCreative(creative("crv-2a", "cmp-2a", "adv-2"));
  }
}
