package io.aimpoint.engine;

import io.aimpoint.core.store.ApiKeyStore;
import io.aimpoint.core.store.CampaignStore;
import io.aimpoint.core.store.CounterStore;
import io.aimpoint.core.store.EventLog;
import io.aimpoint.core.store.Ledger;
import io.aimpoint.core.store.ProfileStore;
import io.aimpoint.core.store.SegmentStore;
import io.aimpoint.engine.segment.InMemorySegmentStore;

/**
 * The ports one engine instance runs on: embedded or distributed, the engine does not know. {@code
 * segments} is the audience segment catalogue; the six-port constructor gives an in-memory one
 * (memberships live in the profiles either way).
 */
public record Stores(
    CampaignStore campaigns,
    ApiKeyStore apiKeys,
    EventLog events,
    ProfileStore profiles,
    CounterStore counters,
    Ledger ledger,
    SegmentStore segments) {

  public Stores(
      CampaignStore campaigns,
      ApiKeyStore apiKeys,
      EventLog events,
      ProfileStore profiles,
      CounterStore counters,
      Ledger ledger) {
    this(campaigns, apiKeys, events, profiles, counters, ledger, new InMemorySegmentStore());
  }
}
