package io.aimpoint.engine.tracking;

import io.aimpoint.core.event.AdClick;
import io.aimpoint.core.event.Event;
import io.aimpoint.core.store.EventLog;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Last-click attribution of a conversion within the attribution window: the click named by the
 * advertiser's click id if it is theirs and in the window, else the user's most recent click on the
 * advertiser's ads in the window (among the user's last {@value #USER_EVENTS_SCANNED} events).
 */
final class ConversionAttributor {
  static final int USER_EVENTS_SCANNED = 1000;

  private final EventLog events;
  private final Duration window;

  ConversionAttributor(EventLog events, Duration window) {
    this.events = events;
    this.window = window;
  }

  /** The click named by {@code clickId}, whoever's it is and whenever it happened. */
  Optional<AdClick> findClick(String clickId) {
    if (clickId == null) {
      return Optional.empty();
    }
    return DeliveryKeys.clickEventId(clickId)
        .flatMap(events::find)
        .filter(AdClick.class::isInstance)
        .map(AdClick.class::cast);
  }

  /** The click the conversion is attributed to, if any. */
  Optional<AdClick> attribute(
      String advertiserId, Optional<AdClick> namedClick, String userKey, Instant at) {
    Optional<AdClick> named = namedClick.filter(c -> attributable(c, advertiserId, at));
    if (named.isPresent() || userKey == null) {
      return named;
    }
    for (Event e : events.readUser(userKey, USER_EVENTS_SCANNED)) {
      if (e instanceof AdClick click && attributable(click, advertiserId, at)) {
        return Optional.of(click);
      }
    }
    return Optional.empty();
  }

  private boolean attributable(AdClick click, String advertiserId, Instant at) {
    Instant clicked = click.occurredAt();
    return advertiserId.equals(click.ad().advertiserId())
        && !clicked.isAfter(at)
        && !clicked.isBefore(at.minus(window));
  }
}
