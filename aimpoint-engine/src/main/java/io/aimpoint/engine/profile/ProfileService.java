package io.aimpoint.engine.profile;

import io.aimpoint.core.event.Event;
import io.aimpoint.core.store.CounterStore;
import io.aimpoint.core.store.EventLog;
import io.aimpoint.core.store.ProfileStore;
import io.aimpoint.core.user.UserProfile;
import io.aimpoint.engine.ForbiddenException;
import io.aimpoint.engine.NotFoundException;
import io.aimpoint.engine.Stores;
import io.aimpoint.engine.auth.Caller;
import io.aimpoint.engine.auth.PseudonymKeyRing;
import io.aimpoint.engine.decision.FrequencyCaps;
import io.aimpoint.engine.ingest.NearDuplicateFilter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The profile API by raw user id, pseudonymized here at the edge: look a profile up (across
 * pseudonym keys, migrating it to the current key), explain it, and erase everything stored about a
 * user (right to erasure). Explaining and erasing are for admin callers only.
 */
public final class ProfileService {
  /** How many of a user's logged events the explanation looks at, per pseudonym key. */
  static final int EXPLAIN_EVENTS = 1000;

  private final Stores stores;
  private final PseudonymKeyRing keys;
  private final ProfileUpdater updater;
  private final NearDuplicateFilter nearDuplicates;
  private final ProfileExplainer explainer;
  private final Clock clock;

  public ProfileService(
      Stores stores,
      PseudonymKeyRing keys,
      ProfileUpdater updater,
      NearDuplicateFilter nearDuplicates,
      Clock clock) {
    this.stores = Objects.requireNonNull(stores, "stores");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.updater = Objects.requireNonNull(updater, "updater");
    this.nearDuplicates = Objects.requireNonNull(nearDuplicates, "nearDuplicates");
    this.explainer = new ProfileExplainer(new Decay(updater.options().interestHalfLife()));
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The user's profile: under the current pseudonym key, else under a previous one (then migrated
   * to the current key). For decisions that must see profiles from before a key rotation.
   */
  public Optional<UserProfile> lookup(String rawUserId) {
    return updater.migrate(keys.current(rawUserId), keys.previous(rawUserId));
  }

  /** The explained profile of a raw user id, with exposure counts caught up first. */
  public ProfileView explain(Caller caller, String rawUserId) {
    requireAdmin(caller, "read user profiles");
    updater.catchUp();
    UserProfile profile =
        lookup(rawUserId)
            .orElseThrow(() -> new NotFoundException("profile", "of the requested user"));
    List<Event> events = new ArrayList<>();
    for (String userKey : keys.all(rawUserId)) {
      events.addAll(stores.events().readUser(userKey, EXPLAIN_EVENTS));
    }
    return explainer.explain(profile, events, clock.instant());
  }

  /**
   * Erases the user under every pseudonym key: profile, counters (every counter of a user starts
   * with {@link FrequencyCaps#userPrefix}), events, and the in-memory near-duplicate state.
   * Idempotent.
   */
  public void erase(Caller caller, String rawUserId) {
    requireAdmin(caller, "erase users");
    ProfileStore profiles = stores.profiles();
    CounterStore counters = stores.counters();
    EventLog events = stores.events();
    for (String userKey : keys.all(rawUserId)) {
      events.deleteUser(userKey);
      counters.deleteByPrefix(FrequencyCaps.userPrefix(userKey));
      nearDuplicates.forget(userKey);
      // Last, so that a concurrent exposure catch-up that re-created it is more likely undone.
      profiles.delete(userKey);
    }
  }

  /** Folds pending ad impressions and clicks into profiles; see {@link ProfileUpdater#catchUp}. */
  public int catchUp() {
    return updater.catchUp();
  }

  private static void requireAdmin(Caller caller, String what) {
    if (!caller.isAdmin()) {
      throw new ForbiddenException("only admin keys may " + what);
    }
  }
}
