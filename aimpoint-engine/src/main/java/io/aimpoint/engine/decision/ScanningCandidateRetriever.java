package io.aimpoint.engine.decision;

import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.targeting.TargetingMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Retrieves by checking every campaign of the catalog snapshot with its compiled {@link
 * TargetingMatcher}, then every creative of the matching campaigns. Linear in the catalog, which is
 * fine for thousands of campaigns; an inverted index replaces it when catalogs grow. Each candidate
 * carries its creative's embedding from the snapshot (computed at refresh, never here).
 */
public final class ScanningCandidateRetriever implements CandidateRetriever {
  private final CampaignCatalog catalog;

  public ScanningCandidateRetriever(CampaignCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  @Override
  public List<AdCandidate> retrieve(DecisionContext context) {
    List<AdCandidate> out = new ArrayList<>();
    for (CatalogEntry entry : catalog.snapshot().entries()) {
      if (!entry.matcher().matchCampaign(context.targeting()).isEligible()) {
        continue;
      }
      for (Creative creative : entry.creatives()) {
        if (TargetingMatcher.matchCreative(creative, context.targeting()).isEligible()) {
          out.add(new AdCandidate(entry.campaign(), creative, entry.creativeVector(creative.id())));
        }
      }
    }
    return out;
  }
}
