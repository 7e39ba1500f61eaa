package io.aimpoint.engine.decision;

import io.aimpoint.core.campaign.Advertiser;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.Status;
import io.aimpoint.core.store.CampaignStore;
import io.aimpoint.core.store.ListQuery;
import io.aimpoint.core.store.Page;
import io.aimpoint.core.targeting.TargetingMatcher;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The in-memory catalog of what may serve: ACTIVE campaigns of ACTIVE advertisers with their ACTIVE
 * creatives (campaigns without one are left out), plus the placements and their floors.
 *
 * <p>Decisions read {@link #snapshot()}, an immutable {@link CatalogSnapshot} that {@link
 * #refresh()} builds aside and swaps in atomically, so a decision never sees a half-built catalog
 * and never waits for a refresh. Call {@code refresh()} after every change of advertisers,
 * campaigns, creatives or placements (the admin service does); refreshes are serialized so that a
 * slow older load cannot overwrite a newer one.
 */
public final class CampaignCatalog {
  private static final int PAGE_SIZE = ListQuery.MAX_LIMIT;

  private final CampaignStore store;
  private final Clock clock;
  private final AtomicReference<CatalogSnapshot> current =
      new AtomicReference<>(CatalogSnapshot.EMPTY);

  /** Creates the catalog and loads it once. */
  public CampaignCatalog(CampaignStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    refresh();
  }

  /** The current snapshot; cheap, never blocks. */
  public CatalogSnapshot snapshot() {
    return current.get();
  }

  /** Reloads everything from the store and swaps the new snapshot in; returns it. */
  public synchronized CatalogSnapshot refresh() {
    Map<String, Advertiser> advertisers = new HashMap<>();
    for (Advertiser a : activeOnes(store::advertisers)) {
      advertisers.put(a.id(), a);
    }
    Map<String, List<Creative>> creativesByCampaign = new HashMap<>();
    for (Creative c : activeOnes(store::creatives)) {
      creativesByCampaign.computeIfAbsent(c.campaignId(), k -> new ArrayList<>()).add(c);
    }
    List<CatalogEntry> entries = new ArrayList<>();
    for (Campaign c : activeOnes(store::campaigns)) {
      Advertiser advertiser = advertisers.get(c.advertiserId());
      List<Creative> creatives = creativesByCampaign.get(c.id());
      if (advertiser != null && creatives != null) {
        entries.add(new CatalogEntry(advertiser, c, TargetingMatcher.compile(c), creatives));
      }
    }
    CatalogSnapshot next = new CatalogSnapshot(entries, store.placements(), clock.instant());
    current.set(next);
    return next;
  }

  /** Every ACTIVE object of one kind, in id order, paging through the listing. */
  private static <T> List<T> activeOnes(Function<ListQuery, Page<T>> lister) {
    List<T> all = new ArrayList<>();
    ListQuery query = new ListQuery(null, null, Status.ACTIVE, null, PAGE_SIZE);
    while (true) {
      Page<T> page = lister.apply(query);
      all.addAll(page.items());
      if (page.nextCursor() == null) {
        return all;
      }
      query = query.after(page.nextCursor());
    }
  }
}
