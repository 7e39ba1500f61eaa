package io.aimpoint.engine.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.campaign.Bid;
import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.campaign.Targeting;
import io.aimpoint.engine.Engine;
import io.aimpoint.engine.auth.Caller;
import io.aimpoint.engine.decision.AdRequest;
import io.aimpoint.engine.decision.DecisionFixture;
import io.aimpoint.engine.decision.ServedAdView;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An event acknowledged by ingestion is reflected in the very next decision for that user. */
class ProfileFreshnessTest {

  @Test
  void an_acknowledged_event_makes_an_interest_targeted_campaign_eligible_at_once() {
    DecisionFixture f = new DecisionFixture();
    f.advertiser("a");
    f.campaign(
        "a",
        "golfers",
        new Bid(BidType.CPM, 2_000_000),
        new Budget(null, 1_000_000_000L),
        null,
        new Targeting(
            null, null, null, null, null, null, null, Set.of("golf"), null, null, null, null));
    try (Engine engine = new Engine(f.stores, f.config, null)) {
      assertThat(served(engine)).isEmpty();

      engine
          .ingestion()
          .ingest(
              Caller.PUBLISHER,
              List.of(ProfileFixture.pageView("e1", "u1", "https://g.example/1", "Golf", "Golf")));

      assertThat(served(engine)).containsExactly("golfers");
    }
  }

  private static List<String> served(Engine engine) {
    AdRequest request =
        new AdRequest("home-top", new AdRequest.User("u1", null, null, null, null, true), null, 1);
    return engine.decisions().decide(request).ads().stream().map(ServedAdView::campaignId).toList();
  }
}
