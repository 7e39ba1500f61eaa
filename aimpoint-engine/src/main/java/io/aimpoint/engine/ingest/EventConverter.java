package io.aimpoint.engine.ingest;

import io.aimpoint.core.event.AppEvent;
import io.aimpoint.core.event.Consent;
import io.aimpoint.core.event.Event;
import io.aimpoint.core.event.EventType;
import io.aimpoint.core.event.PageView;
import io.aimpoint.core.event.Purchase;
import io.aimpoint.core.event.Search;
import io.aimpoint.core.event.Social;
import io.aimpoint.core.validation.Errors;
import io.aimpoint.engine.auth.PseudonymKeyRing;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * Validates one {@link EventInput}, normalizes its text (see {@link TextNormalizer}) and turns it
 * into a core {@link Event} with a pseudonymous user key. Every problem is reported under the
 * event's path, so that a client can fix all of them at once; the first reason found names the
 * rejection in metrics.
 */
final class EventConverter {
  static final Duration MAX_FUTURE = Duration.ofMinutes(5);
  static final Duration MAX_AGE = Duration.ofDays(30);
  static final int MAX_EVENT_ID = 128;
  static final int MAX_USER_ID = 256;
  static final Set<String> SOCIAL_ACTIONS = Set.of("like", "share", "comment", "follow");
  static final Set<String> APP_ACTIONS = Set.of("install", "open");

  private final PseudonymKeyRing keys;

  EventConverter(PseudonymKeyRing keys) {
    this.keys = keys;
  }

  /** The event, or null event with {@code errors} filled in and a reason. */
  Converted convert(EventInput raw, Instant now, Errors errors) {
    EventInput in = normalized(raw);
    errors.requireText(in.eventId(), "eventId", MAX_EVENT_ID);
    errors.requireText(in.userId(), "userId", MAX_USER_ID);
    RejectReason[] timeReason = new RejectReason[1];
    Instant at = occurredAt(in.timestamp(), now, errors, timeReason);
    EventType type = type(in.type(), errors);
    if (type != null) {
      checkFields(type, in, errors);
    }
    if (!errors.isEmpty()) {
      return new Converted(null, timeReason[0] != null ? timeReason[0] : RejectReason.INVALID);
    }
    String userKey = keys.current(raw.userId());
    Consent consent = Boolean.TRUE.equals(in.consent()) ? Consent.GRANTED : Consent.DENIED;
    String id = in.eventId();
    Event event =
        switch (type) {
          case PAGE_VIEW ->
              new PageView(
                  id, userKey, at, consent, in.url(), in.title(), in.text(), in.category());
          case SEARCH -> new Search(id, userKey, at, consent, in.query());
          case PURCHASE ->
              new Purchase(id, userKey, at, consent, in.item(), in.category(), in.amountMicros());
          case SOCIAL ->
              new Social(id, userKey, at, consent, in.action(), in.category(), in.item());
          case APP -> new AppEvent(id, userKey, at, consent, in.action(), in.appId());
          default -> throw new IllegalStateException("not a behaviour type: " + type);
        };
    return new Converted(event, null);
  }

  /** A converted event, or why there is none. */
  record Converted(Event event, RejectReason reason) {}

  /**
   * Free text is NFKC- and whitespace-normalized; labels (type, category, action) are lower-cased
   * too. Ids (event, user, item, app, url) are only stripped: they are compared byte for byte.
   */
  private static EventInput normalized(EventInput in) {
    return new EventInput(
        strip(in.eventId()),
        TextNormalizer.label(in.type()),
        in.userId(),
        strip(in.timestamp()),
        in.consent(),
        strip(in.url()),
        TextNormalizer.text(in.title()),
        TextNormalizer.text(in.text()),
        TextNormalizer.label(in.category()),
        TextNormalizer.text(in.query()),
        TextNormalizer.text(in.item()),
        in.amountMicros(),
        TextNormalizer.label(in.action()),
        strip(in.appId()));
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }

  private static EventType type(String wire, Errors errors) {
    if (wire == null || wire.isBlank()) {
      errors.add("type", "is required (page_view, search, purchase, social or app)");
      return null;
    }
    EventType type = EventType.fromWireName(wire).orElse(null);
    if (type == null) {
      errors.add(
          "type", "must be page_view, search, purchase, social or app (was " + clip(wire) + ")");
      return null;
    }
    return switch (type) {
      case PAGE_VIEW, SEARCH, PURCHASE, SOCIAL, APP -> type;
      default -> {
        errors.add("type", wire + " events are recorded by the tracking endpoints, not sent here");
        yield null;
      }
    };
  }

  private static Instant occurredAt(
      String timestamp, Instant now, Errors errors, RejectReason[] reason) {
    if (timestamp == null) {
      return now;
    }
    Instant at;
    try {
      at = Instant.parse(timestamp);
    } catch (DateTimeParseException e) {
      errors.add(
          "timestamp",
          "must be ISO-8601 with an offset, e.g. 2025-01-31T12:00:00Z (was "
              + clip(timestamp)
              + ")");
      return now;
    }
    if (at.isAfter(now.plus(MAX_FUTURE))) {
      errors.add("timestamp", "must not be more than 5 minutes in the future (was " + at + ")");
      reason[0] = RejectReason.TIMESTAMP_IN_FUTURE;
    } else if (at.isBefore(now.minus(MAX_AGE))) {
      errors.add("timestamp", "must not be older than 30 days (was " + at + ")");
      reason[0] = RejectReason.TIMESTAMP_TOO_OLD;
    }
    return at;
  }

  private static void checkFields(EventType type, EventInput in, Errors errors) {
    errors.optionalText(in.title(), "title", 500);
    errors.optionalText(in.text(), "text", 10_000);
    errors.optionalText(in.category(), "category", 100);
    switch (type) {
      case PAGE_VIEW -> errors.requireText(in.url(), "url", 2048);
      case SEARCH -> errors.requireText(in.query(), "query", 1000);
      case PURCHASE -> {
        errors.requireText(in.item(), "item", 200);
        if (in.amountMicros() == null) {
          errors.add("amountMicros", "is required");
        } else {
          errors.require(
              in.amountMicros() >= 0,
              "amountMicros",
              "must not be negative (was " + in.amountMicros() + ")");
        }
      }
      case SOCIAL -> {
        requireOneOf(in.action(), SOCIAL_ACTIONS, "action", errors);
        errors.optionalText(in.item(), "item", 200);
        errors.require(
            notBlank(in.category()) || notBlank(in.item()),
            "category",
            "a category or an item is required");
      }
      case APP -> {
        requireOneOf(in.action(), APP_ACTIONS, "action", errors);
        errors.requireText(in.appId(), "appId", 200);
      }
      default -> throw new IllegalStateException("not a behaviour type: " + type);
    }
  }

  private static void requireOneOf(String value, Set<String> allowed, String field, Errors errors) {
    if (value == null || !allowed.contains(value)) {
      errors.add(
          field,
          "must be one of "
              + String.join(", ", allowed.stream().sorted().toList())
              + " (was "
              + clip(value)
              + ")");
    }
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  /** Echoes client input in messages without letting a huge value blow up the response. */
  private static String clip(String s) {
    if (s == null) {
      return "null";
    }
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
