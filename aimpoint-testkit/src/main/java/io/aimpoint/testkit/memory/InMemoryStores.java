package io.aimpoint.testkit.memory;

import java.time.Clock;
import java.util.Objects;

/**
 * One fresh set of in-memory stores, for wiring an engine or a server in tests: {@code
 * InMemoryStores.create(clock)} and then {@code campaigns()}, {@code apiKeys()}, ... The counters
 * read expiry against {@code clock}.
 */
public final class InMemoryStores {
  private final InMemoryCampaignStore campaigns = new InMemoryCampaignStore();
  private final InMemoryApiKeyStore apiKeys = new InMemoryApiKeyStore();
  private final InMemoryEventLog events = new InMemoryEventLog();
  private final InMemoryProfileStore profiles = new InMemoryProfileStore();
  private final InMemoryCounterStore counters;
  private final InMemoryLedger ledger = new InMemoryLedger();

  private InMemoryStores(Clock clock) {
    this.counters = new InMemoryCounterStore(clock);
  }

  public static InMemoryStores create(Clock clock) {
    return new InMemoryStores(Objects.requireNonNull(clock, "clock"));
  }

  public InMemoryCampaignStore campaigns() {
    return campaigns;
  }

  public InMemoryApiKeyStore apiKeys() {
    return apiKeys;
  }

  public InMemoryEventLog events() {
    return events;
  }

  public InMemoryProfileStore profiles() {
    return profiles;
  }

  public InMemoryCounterStore counters() {
    return counters;
  }

  public InMemoryLedger ledger() {
    return ledger;
  }
}
