package io.aimpoint.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.campaign.Advertiser;
import io.aimpoint.core.campaign.Bid;
import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.Status;
import io.aimpoint.core.campaign.Targeting;
import io.aimpoint.engine.Engine;
import io.aimpoint.engine.EngineConfig;
import io.aimpoint.engine.EngineOptions;
import io.aimpoint.engine.Stores;
import io.aimpoint.engine.auth.Caller;
import io.aimpoint.engine.ingest.EventInput;
import io.aimpoint.ml.text.BgeSmallZhEmbedder;
import io.aimpoint.ml.text.CachingEmbedder;
import io.aimpoint.ml.text.TextEmbedder;
import io.aimpoint.testkit.FakeClock;
import io.aimpoint.testkit.memory.InMemoryStores;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contextual matching with the real BGE model, end to end through an {@link Engine}: two campaigns
 * alike in everything but their creative's text (same bid, no history), so only text similarity can
 * separate them. Each assertion is made for two pages whose matching creatives differ, so a fixed
 * tie-break order cannot pass the test.
 */
class ContextualMatchingTest {
  static final Instant T0 = Instant.parse("2025-03-10T12:00:00Z");
  static final String RUNNING_PAGE = "马拉松训练计划：如何挑选一双合适的跑步鞋，缓震、轻量和抓地力哪个更重要？每周跑量和配速的建议。";
  static final String TRAVEL_PAGE = "海岛度假攻略：三亚和巴厘岛的五星级酒店怎么选，机票什么时候订最便宜，签证和行李准备清单。";

  static TextEmbedder embedder;

  final FakeClock clock = new FakeClock(T0);
  final InMemoryStores memory = InMemoryStores.create(clock);
  Engine engine;

  @BeforeAll
  static void loadModel() {
    embedder = new CachingEmbedder(BgeSmallZhEmbedder.load(), 1_000);
  }

  @AfterAll
  static void closeModel() {
    embedder.close();
  }

  @BeforeEach
  void setUp() {
    Stores stores =
        new Stores(
            memory.campaigns(),
            memory.apiKeys(),
            memory.events(),
            memory.profiles(),
            memory.counters(),
            memory.ledger());
    EngineConfig config =
        EngineConfig.defaults(
            "pseudonym-key-for-tests".getBytes(StandardCharsets.UTF_8),
            "tracking-key-for-tests!".getBytes(StandardCharsets.UTF_8),
            clock);
    engine =
        new Engine(
            stores,
            config,
            null,
            EngineOptions.defaults()
                .withDelivery(DeliveryOptions.DEFAULTS.withExplorationEpsilon(0))
                .withEmbedder(embedder));
    campaign("a", "shoes", "轻量缓震跑步鞋", "专为马拉松和日常训练设计的跑鞋，透气网面，新品八折");
    campaign("b", "island", "海岛度假酒店套餐", "机票加五星级酒店，三亚和巴厘岛自由行，提前预订立减");
    engine.catalog().refresh();
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  @Test
  void creatives_are_embedded_into_the_catalog_and_the_candidates() {
    CatalogEntry entry = engine.catalog().snapshot().entry("shoes").orElseThrow();
    assertThat(entry.creativeVector("shoes-cr")).hasSize(embedder.dimension());
  }

  @Test
  void the_creative_matching_the_page_text_ranks_first_for_a_user_without_consent() {
    assertThat(firstCampaign("anonymous-1", false, RUNNING_PAGE, null)).isEqualTo("shoes");
    assertThat(firstCampaign("anonymous-1", false, TRAVEL_PAGE, null)).isEqualTo("island");
  }

  @Test
  void the_creative_matching_the_search_query_ranks_first() {
    assertThat(firstCampaign("anonymous-2", false, null, "跑步鞋推荐")).isEqualTo("shoes");
    assertThat(firstCampaign("anonymous-2", false, null, "三亚酒店")).isEqualTo("island");
  }

  @Test
  void without_context_text_a_consenting_users_semantic_interests_decide() {
    read("runner", RUNNING_PAGE);
    read("traveller", TRAVEL_PAGE);

    assertThat(firstCampaign("runner", true, null, null)).isEqualTo("shoes");
    assertThat(firstCampaign("traveller", true, null, null)).isEqualTo("island");
  }

  private String firstCampaign(String userId, boolean consent, String pageText, String query) {
    AdRequest request =
        new AdRequest(
            "home-top",
            new AdRequest.User(userId, null, null, null, null, consent),
            pageText == null && query == null
                ? null
                : new AdRequest.Context(null, pageText, List.of(), query, "zh"),
            2);
    DecisionResult result = engine.decisions().decide(request);
    assertThat(result.ads()).hasSize(2);
    return result.ads().get(0).campaignId();
  }

  private void read(String userId, String text) {
    engine
        .ingestion()
        .ingest(
            Caller.ADMIN,
            List.of(
                new EventInput(
                    "ev-" + userId,
                    "page_view",
                    userId,
                    T0.minusSeconds(60).toString(),
                    true,
                    "https://news.example.com/" + userId,
                    null,
                    text,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null)));
  }

  private void campaign(String advertiserId, String campaignId, String title, String body) {
    memory
        .campaigns()
        .createAdvertiser(
            new Advertiser(advertiserId, "Adv " + advertiserId, null, Status.ACTIVE, T0, T0, 1));
    memory
        .campaigns()
        .createCampaign(
            new Campaign(
                campaignId,
                advertiserId,
                "Campaign " + campaignId,
                Status.ACTIVE,
                null,
                null,
                null,
                new Budget(null, 1_000_000_000L),
                null,
                new Bid(BidType.CPC, 1_000_000),
                null,
                Targeting.everyone(),
                T0,
                T0,
                1));
    memory
        .campaigns()
        .createCreative(
            new Creative(
                campaignId + "-cr",
                campaignId,
                advertiserId,
                title,
                body,
                null,
                "https://shop.example.com/" + campaignId,
                null,
                "zh",
                List.of(),
                null,
                Status.ACTIVE,
                T0,
                T0,
                1));
  }
}
