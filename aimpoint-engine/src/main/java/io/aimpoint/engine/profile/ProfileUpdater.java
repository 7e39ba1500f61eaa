package io.aimpoint.engine.profile;

import io.aimpoint.core.event.AdClick;
import io.aimpoint.core.event.AdImpression;
import io.aimpoint.core.event.Event;
import io.aimpoint.core.store.CounterStore;
import io.aimpoint.core.store.EventLog;
import io.aimpoint.core.store.LoggedEvent;
import io.aimpoint.core.store.ProfileStore;
import io.aimpoint.core.user.UserProfile;
import io.aimpoint.engine.Stores;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps profiles up to date, on two paths:
 *
 * <ul>
 *   <li><b>Behaviour events, synchronously.</b> Ingestion calls {@link #applyBehaviour} after the
 *       durable append and before it answers, so an acknowledged event is in the profile the next
 *       decision reads (the freshness guarantee).
 *   <li><b>Ad impressions and clicks, from the event log.</b> The tracking service appends them to
 *       the {@link EventLog}; {@link #catchUp} reads the log from an offset persisted in the {@link
 *       CounterStore} under {@value #OFFSET_KEY}, folds the tracking events into the exposure
 *       counts and advances the offset. It runs at the start of every ingestion batch and profile
 *       read, one caller at a time (others skip it); a transport may also call it on a schedule.
 *       Delivery is at least once: a crash between the profile update and the offset write counts
 *       those exposures again, which is acceptable for counters that are not money.
 * </ul>
 *
 * Only events with profiling consent are profiled.
 */
public final class ProfileUpdater {
  /** The consumer offset of the tracking-event path; not a user counter. */
  public static final String OFFSET_KEY = "profiles:tracking-offset";

  static final int PAGE = 500;
  static final int MAX_PAGES_PER_CATCH_UP = 20;
  private static final Duration OFFSET_TTL = Duration.ofDays(3650);
  private static final Logger log = LoggerFactory.getLogger(ProfileUpdater.class);

  private final EventLog events;
  private final ProfileStore profiles;
  private final CounterStore counters;
  private final ContentAnalyzer analyzer;
  private final BehaviourProfiler behaviour;
  private final ExposureProfiler exposure;
  private final Clock clock;
  private final ProfileOptions options;
  private final ReentrantLock catchUpLock = new ReentrantLock();

  /**
   * @param campaignCategories the interest categories a campaign targets, for exposure per category
   */
  public ProfileUpdater(
      Stores stores,
      ContentAnalyzer analyzer,
      ProfileOptions options,
      Function<String, Set<String>> campaignCategories,
      Clock clock) {
    this.events = stores.events();
    this.profiles = stores.profiles();
    this.counters = stores.counters();
    this.analyzer = analyzer;
    this.options = options;
    this.behaviour = new BehaviourProfiler(options);
    this.exposure = new ExposureProfiler(campaignCategories);
    this.clock = clock;
  }

  ProfileOptions options() {
    return options;
  }

  /**
   * Folds newly appended behaviour events into their users' profiles (one atomic update per user),
   * first moving a profile stored under a previous pseudonym key to the current one. {@code
   * previousKeys} maps a current user key to its previous keys, newest first.
   */
  public void applyBehaviour(
      List<? extends Event> appended, Map<String, List<String>> previousKeys) {
    Map<String, List<Event>> byUser = new LinkedHashMap<>();
    for (Event event : appended) {
      if (event.consent().profiling()) {
        byUser.computeIfAbsent(event.userKey(), k -> new ArrayList<>()).add(event);
      }
    }
    if (byUser.isEmpty()) {
      return;
    }
    Map<Event, ContentFeatures> features = analyzeAll(byUser);
    for (Map.Entry<String, List<Event>> entry : byUser.entrySet()) {
      String userKey = entry.getKey();
      List<Event> userEvents = entry.getValue();
      migrate(userKey, previousKeys.getOrDefault(userKey, List.of()));
      List<ContentFeatures> userFeatures = userEvents.stream().map(features::get).toList();
      profiles.update(userKey, p -> behaviour.apply(p, userEvents, userFeatures));
    }
  }

  /**
   * The text features of every event of the batch, from one analyzer call: the texts of all users
   * go to the embedder together, so a batch of events runs the model once.
   */
  private Map<Event, ContentFeatures> analyzeAll(Map<String, List<Event>> byUser) {
    List<Event> all = byUser.values().stream().flatMap(List::stream).toList();
    List<ContentFeatures> analyzed = analyzer.analyze(all);
    Map<Event, ContentFeatures> features = new IdentityHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      features.put(all.get(i), analyzed.get(i));
    }
    return features;
  }

  /**
   * Moves the newest profile found under {@code previousKeys} to {@code currentKey} unless one is
   * stored there already; returns the profile now under the current key, if any.
   */
  public Optional<UserProfile> migrate(String currentKey, List<String> previousKeys) {
    Optional<UserProfile> current = profiles.get(currentKey);
    // A profile with only exposure counts (no behaviour yet) under the new key does not block it.
    if (previousKeys.isEmpty() || current.filter(p -> p.eventCount() > 0).isPresent()) {
      return current;
    }
    for (String previousKey : previousKeys) {
      Optional<UserProfile> old = profiles.get(previousKey);
      if (old.isPresent()) {
        UserProfile moved =
            profiles.update(
                currentKey, p -> p.eventCount() == 0 ? old.get().withUserKey(currentKey) : p);
        profiles.delete(previousKey);
        log.info("migrated a profile to the current pseudonym key");
        return Optional.of(moved);
      }
    }
    return current;
  }

  /**
   * Folds the ad impressions and clicks appended since the persisted offset into exposure counts;
   * returns how many log entries were read, or -1 if another caller is catching up already.
   */
  public int catchUp() {
    if (!catchUpLock.tryLock()) {
      return -1;
    }
    try {
      int read = 0;
      for (int page = 0; page < MAX_PAGES_PER_CATCH_UP; page++) {
        long offset = counters.get(OFFSET_KEY);
        List<LoggedEvent> batch = events.read(offset, PAGE);
        if (batch.isEmpty()) {
          break;
        }
        applyExposure(batch);
        long next = batch.get(batch.size() - 1).offset() + 1;
        counters.add(OFFSET_KEY, next - offset, clock.instant().plus(OFFSET_TTL));
        read += batch.size();
        if (batch.size() < PAGE) {
          break;
        }
      }
      return read;
    } finally {
      catchUpLock.unlock();
    }
  }

  private void applyExposure(List<LoggedEvent> batch) {
    Map<String, List<Event>> byUser = new LinkedHashMap<>();
    for (LoggedEvent logged : batch) {
      Event e = logged.event();
      if ((e instanceof AdImpression || e instanceof AdClick) && e.consent().profiling()) {
        byUser.computeIfAbsent(e.userKey(), k -> new ArrayList<>()).add(e);
      }
    }
    byUser.forEach(
        (userKey, userEvents) -> profiles.update(userKey, p -> exposure.apply(p, userEvents)));
  }
}
