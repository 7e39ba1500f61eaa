package io.aimpoint.engine;

import io.aimpoint.core.store.ApiKeyStore;
import io.aimpoint.core.store.CampaignStore;
import io.aimpoint.core.store.CounterStore;
import io.aimpoint.core.store.EventLog;
import io.aimpoint.core.store.Ledger;
import io.aimpoint.core.store.ProfileStore;

/** The ports one engine instance runs on: embedded or distributed, the engine does not know. */
public record Stores(
    CampaignStore campaigns,
    ApiKeyStore apiKeys,
    EventLog events,
    ProfileStore profiles,
    CounterStore counters,
    Ledger ledger) {}
