package io.aimpoint.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.targeting.ContextKeywords;
import io.aimpoint.core.targeting.TargetingRequest;
import io.aimpoint.core.user.Demographics;
import io.aimpoint.engine.profile.CountingEmbedder;
import io.aimpoint.engine.profile.HashingTextEmbedder;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Creative embeddings in the catalog: computed at refresh, reused while a creative's text holds.
 */
class CampaignCatalogEmbeddingTest {
  final DecisionFixture f = new DecisionFixture();
  final CountingEmbedder embedder = new CountingEmbedder(new HashingTextEmbedder(32));

  @Test
  void active_creatives_are_embedded_once_and_reach_the_candidates() {
    f.advertiser("a");
    f.campaign("a", "c1", BidType.CPM, 3_000_000);
    f.campaign("a", "c2", BidType.CPM, 3_000_000);
    CampaignCatalog catalog = new CampaignCatalog(f.stores.campaigns(), f.clock, embedder);

    assertThat(embedder.passageBatches)
        .singleElement()
        .satisfies(
            batch ->
                assertThat(batch)
                    .containsExactlyInAnyOrder("Title c1-cr\nBody", "Title c2-cr\nBody"));
    List<AdCandidate> candidates = new ScanningCandidateRetriever(catalog).retrieve(anyone());
    assertThat(candidates).hasSize(2).allSatisfy(c -> assertThat(c.creativeVector()).hasSize(32));
    assertThat(candidates.get(0).creativeVector())
        .containsExactly(
            embedder.embed(CampaignCatalog.creativeText(candidates.get(0).creative())));
  }

  @Test
  void a_refresh_embeds_only_new_or_edited_texts() {
    f.advertiser("a");
    f.campaign("a", "c1", BidType.CPM, 3_000_000);
    CampaignCatalog catalog = new CampaignCatalog(f.stores.campaigns(), f.clock, embedder);
    int before = embedder.passages();

    catalog.refresh();
    assertThat(embedder.passages()).isEqualTo(before);

    f.campaign("a", "c2", BidType.CPM, 3_000_000);
    Creative c1 = f.stores.campaigns().creative("c1-cr").orElseThrow();
    f.stores
        .campaigns()
        .updateCreative(
            c1.withTitle("New title")
                .withIdentity(c1.id(), c1.createdAt(), c1.updatedAt(), c1.version() + 1));
    catalog.refresh();

    assertThat(embedder.passageBatches.get(embedder.passageBatches.size() - 1))
        .containsExactlyInAnyOrder("New title\nBody", "Title c2-cr\nBody");
  }

  @Test
  void without_an_embedder_candidates_have_no_vector() {
    f.advertiser("a");
    f.campaign("a", "c1", BidType.CPM, 3_000_000);
    CampaignCatalog catalog = new CampaignCatalog(f.stores.campaigns(), f.clock);

    assertThat(new ScanningCandidateRetriever(catalog).retrieve(anyone()))
        .singleElement()
        .satisfies(c -> assertThat(c.hasCreativeVector()).isFalse());
  }

  private static DecisionContext anyone() {
    return new DecisionContext(
        "d",
        "p",
        "u",
        Optional.empty(),
        new TargetingRequest(
            DecisionFixture.T0,
            Demographics.UNKNOWN,
            Set.of(),
            Set.of(),
            ContextKeywords.EMPTY,
            null,
            false));
  }
}
