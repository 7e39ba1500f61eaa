package io.aimpoint.sim.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.campaign.Bid;
import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.Status;
import io.aimpoint.engine.decision.AdCandidate;
import io.aimpoint.engine.decision.ScoredCandidate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShuffledRankerTest {

  @Test
  void a_seeded_shuffle_ignores_the_input_order_and_visits_every_order() {
    List<AdCandidate> candidates = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      candidates.add(candidate("c" + i));
    }
    ShuffledRanker a = ranker(3);
    ShuffledRanker b = ranker(3);
    List<AdCandidate> reversed = new ArrayList<>(candidates);
    Collections.reverse(reversed);
    assertThat(ids(a.score(null, candidates))).isEqualTo(ids(b.score(null, reversed)));

    Set<List<String>> orders = new HashSet<>();
    ShuffledRanker many = ranker(9);
    for (int i = 0; i < 2_000; i++) {
      orders.add(ids(many.score(null, candidates)));
    }
    assertThat(orders).hasSize(24);
  }

  private static ShuffledRanker ranker(long seed) {
    return new ShuffledRanker(
        (context, cs) -> cs.stream().map(c -> ScoredCandidate.of(c, 0.01, 0.05)).toList(),
        new SplittableRandom(seed),
        id -> id);
  }

  private static List<String> ids(List<ScoredCandidate> scored) {
    return scored.stream().map(s -> s.candidate().creative().id()).toList();
  }

  private static AdCandidate candidate(String id) {
    Campaign campaign =
        new Campaign(
            "cmp-" + id,
            "adv-" + id,
            "campaign " + id,
            Status.ACTIVE,
            Instant.EPOCH,
            null,
            null,
            new Budget(1_000_000L, null),
            null,
            new Bid(BidType.CPM, 1_000_000L),
            null,
            null,
            null,
            null,
            1);
    Creative creative =
        new Creative(
            id,
            campaign.id(),
            campaign.advertiserId(),
            "t",
            "b",
            null,
            "https://x.example/",
            "food",
            "en",
            List.of(),
            null,
            Status.ACTIVE,
            null,
            null,
            1);
    return new AdCandidate(campaign, creative);
  }
}
