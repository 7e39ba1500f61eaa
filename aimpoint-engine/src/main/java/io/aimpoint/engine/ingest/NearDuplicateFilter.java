package io.aimpoint.engine.ingest;

import io.aimpoint.core.event.AppEvent;
import io.aimpoint.core.event.Event;
import io.aimpoint.core.event.PageView;
import io.aimpoint.core.event.Purchase;
import io.aimpoint.core.event.Search;
import io.aimpoint.core.event.Social;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Suppresses near-duplicate behaviour events: two events of one user with the same type and the
 * same normalized salient content (page view: url; search: query; purchase: item, category and
 * amount; social: action, category and item; app: action and app id) whose times lie within {@code
 * window} of each other are one event submitted twice (a double click, a client retry with a fresh
 * id), so the second is dropped.
 *
 * <p>State is in memory and per engine instance: a fingerprint (SHA-256 of the content, truncated
 * to 64 bits) and the event time, grouped by user key so that {@link #forget} can erase a user. It
 * is bounded: entries older than {@code window} (by arrival) are expired on the way, and past
 * {@code maxUsers} the least recently active user's entries are dropped; losing state only means a
 * near-duplicate may pass. Thread-safe.
 */
public final class NearDuplicateFilter {
  private final Duration window;
  private final int maxUsers;
  private final LinkedHashMap<String, Map<Long, Seen>> byUser =
      new LinkedHashMap<>(16, 0.75f, true);

  private record Seen(String eventId, Instant occurredAt, Instant arrivedAt) {}

  /**
   * @param window how close in time two equal events must be to count as one; zero disables
   * @param maxUsers how many users' recent fingerprints to remember at most
   */
  public NearDuplicateFilter(Duration window, int maxUsers) {
    if (window.isNegative()) {
      throw new IllegalArgumentException("window must not be negative; window=" + window);
    }
    if (maxUsers < 1) {
      throw new IllegalArgumentException("maxUsers must be positive; maxUsers=" + maxUsers);
    }
    this.window = window;
    this.maxUsers = maxUsers;
  }

  /**
   * Whether {@code event} repeats one seen within the window under another event id; if not,
   * remembers it. A resend with the same id is not a near-duplicate: the event log answers it as an
   * exact duplicate. {@code now} is the arrival time, used only to expire old entries.
   */
  public synchronized boolean isNearDuplicate(Event event, Instant now) {
    if (window.isZero()) {
      return false;
    }
    Map<Long, Seen> seen = byUser.computeIfAbsent(event.userKey(), k -> new HashMap<>());
    seen.values().removeIf(s -> s.arrivedAt().plus(window).isBefore(now));
    long fingerprint = fingerprint(event);
    Seen previous = seen.get(fingerprint);
    if (previous != null
        && !previous.eventId().equals(event.eventId())
        && Duration.between(previous.occurredAt(), event.occurredAt()).abs().compareTo(window)
            <= 0) {
      return true;
    }
    seen.put(fingerprint, new Seen(event.eventId(), event.occurredAt(), now));
    evictOverflow();
    return false;
  }

  /** Forgets everything about the user (erasure). */
  public synchronized void forget(String userKey) {
    byUser.remove(userKey);
  }

  private void evictOverflow() {
    Iterator<Map.Entry<String, Map<Long, Seen>>> it = byUser.entrySet().iterator();
    while (byUser.size() > maxUsers && it.hasNext()) {
      it.next();
      it.remove();
    }
  }

  /** 64 bits of SHA-256 over the type and salient fields; fields are already normalized. */
  static long fingerprint(Event event) {
    String content =
        switch (event) {
          case PageView e -> join(e.url());
          case Search e -> join(e.query());
          case Purchase e -> join(e.item(), e.category(), Long.toString(e.amountMicros()));
          case Social e -> join(e.action(), e.category(), e.item());
          case AppEvent e -> join(e.action(), e.appId());
          default -> event.eventId();
        };
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] d = sha.digest((event.type() + "\u0000" + content).getBytes(StandardCharsets.UTF_8));
      long h = 0;
      for (int i = 0; i < 8; i++) {
        h = (h << 8) | (d[i] & 0xff);
      }
      return h;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String join(String... parts) {
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      // A separator that normalized text cannot contain keeps ("ab","c") apart from ("a","bc").
      b.append(p == null ? "" : p).append('\u0001');
    }
    return b.toString();
  }
}
