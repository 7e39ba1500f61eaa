package io.aimpoint.engine.decision;

import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.Placement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable view of everything that may serve, as loaded at {@code loadedAt}: entries in
 * campaign id order, plus lookups by id and the placements.
 */
public final class CatalogSnapshot {
  /** A catalog with nothing in it. */
  public static final CatalogSnapshot EMPTY =
      new CatalogSnapshot(List.of(), List.of(), Instant.EPOCH);

  private final List<CatalogEntry> entries;
  private final Map<String, CatalogEntry> byCampaign;
  private final Map<String, Creative> creatives;
  private final Map<String, Placement> placements;
  private final Instant loadedAt;

  public CatalogSnapshot(List<CatalogEntry> entries, List<Placement> placements, Instant loadedAt) {
    this.entries = List.copyOf(entries);
    this.loadedAt = loadedAt;
    Map<String, CatalogEntry> campaigns = new HashMap<>();
    Map<String, Creative> creativeMap = new HashMap<>();
    for (CatalogEntry e : this.entries) {
      campaigns.put(e.campaign().id(), e);
      for (Creative c : e.creatives()) {
        creativeMap.put(c.id(), c);
      }
    }
    Map<String, Placement> placementMap = new HashMap<>();
    for (Placement p : placements) {
      placementMap.put(p.id(), p);
    }
    this.byCampaign = Map.copyOf(campaigns);
    this.creatives = Map.copyOf(creativeMap);
    this.placements = Map.copyOf(placementMap);
  }

  /** Every servable campaign, in campaign id order. */
  public List<CatalogEntry> entries() {
    return entries;
  }

  public Optional<CatalogEntry> entry(String campaignId) {
    return Optional.ofNullable(byCampaign.get(campaignId));
  }

  public Optional<Campaign> campaign(String campaignId) {
    return entry(campaignId).map(CatalogEntry::campaign);
  }

  public Optional<Creative> creative(String creativeId) {
    return Optional.ofNullable(creatives.get(creativeId));
  }

  public Optional<Placement> placement(String placementId) {
    return Optional.ofNullable(placements.get(placementId));
  }

  public Instant loadedAt() {
    return loadedAt;
  }
}
