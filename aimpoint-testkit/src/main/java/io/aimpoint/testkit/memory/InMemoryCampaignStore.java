package io.aimpoint.testkit.memory;

import io.aimpoint.core.campaign.Advertiser;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.Placement;
import io.aimpoint.core.campaign.Status;
import io.aimpoint.core.store.CampaignStore;
import io.aimpoint.core.store.ListQuery;
import io.aimpoint.core.store.Page;
import io.aimpoint.core.store.StaleVersionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@link CampaignStore} in sorted maps guarded by one lock, so that cascading deletes and
 * compare-and-set updates are atomic. Filters on a kind's own id ({@code advertiserId} for
 * advertisers, {@code campaignId} for campaigns) match that id.
 */
public final class InMemoryCampaignStore implements CampaignStore {
  private final Object lock = new Object();
  private final TreeMap<String, Advertiser> advertisers = new TreeMap<>();
  private final TreeMap<String, Campaign> campaigns = new TreeMap<>();
  private final TreeMap<String, Creative> creatives = new TreeMap<>();
  private final TreeMap<String, Placement> placements = new TreeMap<>();

  @Override
  public void createAdvertiser(Advertiser advertiser) {
    create(advertisers, "advertiser", advertiser.id(), advertiser);
  }

  @Override
  public Optional<Advertiser> advertiser(String id) {
    return get(advertisers, id);
  }

  @Override
  public boolean updateAdvertiser(Advertiser advertiser) {
    return update(advertisers, "advertiser", advertiser.id(), advertiser, Advertiser::version);
  }

  @Override
  public boolean deleteAdvertiser(String id) {
    synchronized (lock) {
      if (advertisers.remove(id) == null) {
        return false;
      }
      campaigns.values().removeIf(c -> id.equals(c.advertiserId()));
      creatives.values().removeIf(c -> id.equals(c.advertiserId()));
      return true;
    }
  }

  @Override
  public Page<Advertiser> advertisers(ListQuery query) {
    return page(
        advertisers,
        query,
        a -> matches(query.advertiserId(), a.id()) && matchesStatus(query.status(), a.status()));
  }

  @Override
  public void createCampaign(Campaign campaign) {
    create(campaigns, "campaign", campaign.id(), campaign);
  }

  @Override
  public Optional<Campaign> campaign(String id) {
    return get(campaigns, id);
  }

  @Override
  public boolean updateCampaign(Campaign campaign) {
    return update(campaigns, "campaign", campaign.id(), campaign, Campaign::version);
  }

  @Override
  public boolean deleteCampaign(String id) {
    synchronized (lock) {
      if (campaigns.remove(id) == null) {
        return false;
      }
      creatives.values().removeIf(c -> id.equals(c.campaignId()));
      return true;
    }
  }

  @Override
  public Page<Campaign> campaigns(ListQuery query) {
    return page(
        campaigns,
        query,
        c ->
            matches(query.advertiserId(), c.advertiserId())
                && matches(query.campaignId(), c.id())
                && matchesStatus(query.status(), c.status()));
  }

  @Override
  public void createCreative(Creative creative) {
    create(creatives, "creative", creative.id(), creative);
  }

  @Override
  public Optional<Creative> creative(String id) {
    return get(creatives, id);
  }

  @Override
  public boolean updateCreative(Creative creative) {
    return update(creatives, "creative", creative.id(), creative, Creative::version);
  }

  @Override
  public boolean deleteCreative(String id) {
    synchronized (lock) {
      return creatives.remove(id) != null;
    }
  }

  @Override
  public Page<Creative> creatives(ListQuery query) {
    return page(
        creatives,
        query,
        c ->
            matches(query.advertiserId(), c.advertiserId())
                && matches(query.campaignId(), c.campaignId())
                && matchesStatus(query.status(), c.status()));
  }

  @Override
  public void putPlacement(Placement placement) {
    Objects.requireNonNull(placement.id(), "placement.id");
    synchronized (lock) {
      placements.put(placement.id(), placement);
    }
  }

  @Override
  public Optional<Placement> placement(String id) {
    return get(placements, id);
  }

  @Override
  public List<Placement> placements() {
    synchronized (lock) {
      return List.copyOf(placements.values());
    }
  }

  private <T> void create(TreeMap<String, T> map, String kind, String id, T value) {
    Objects.requireNonNull(id, kind + ".id");
    synchronized (lock) {
      if (map.containsKey(id)) {
        throw new IllegalArgumentException(kind + " already exists; id=" + id);
      }
      map.put(id, value);
    }
  }

  private <T> Optional<T> get(TreeMap<String, T> map, String id) {
    if (id == null) {
      return Optional.empty();
    }
    synchronized (lock) {
      return Optional.ofNullable(map.get(id));
    }
  }

  private <T> boolean update(
      TreeMap<String, T> map, String kind, String id, T value, Function<T, Long> version) {
    Objects.requireNonNull(id, kind + ".id");
    synchronized (lock) {
      T stored = map.get(id);
      if (stored == null) {
        return false;
      }
      long expected = version.apply(value) - 1;
      if (version.apply(stored) != expected) {
        throw new StaleVersionException(kind, id, expected);
      }
      map.put(id, value);
      return true;
    }
  }

  private <T> Page<T> page(TreeMap<String, T> map, ListQuery query, Predicate<T> filter) {
    synchronized (lock) {
      var tail = query.after() == null ? map : map.tailMap(query.after(), false);
      List<T> items = new ArrayList<>();
      String lastId = null;
      for (var entry : tail.entrySet()) {
        if (!filter.test(entry.getValue())) {
          continue;
        }
        if (items.size() == query.limit()) {
          return new Page<>(items, lastId);
        }
        items.add(entry.getValue());
        lastId = entry.getKey();
      }
      return new Page<>(items, null);
    }
  }

  private static boolean matches(String wanted, String actual) {
    return wanted == null || wanted.equals(actual);
  }

  private static boolean matchesStatus(Status wanted, Status actual) {
    return wanted == null || wanted == actual;
  }
}
