package io.aimpoint.core.event;

import java.util.Arrays;
import java.util.Optional;

/** Names of event types as they appear on the wire and in stored logs. */
public enum EventType {
  PAGE_VIEW("page_view"),
  SEARCH("search"),
  PURCHASE("purchase"),
  SOCIAL("social"),
  APP("app"),
  DECISION("decision"),
  AD_IMPRESSION("ad_impression"),
  AD_CLICK("ad_click"),
  CONVERSION("conversion");

  private final String wireName;

  EventType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<EventType> fromWireName(String name) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
  }

  public static EventType of(Event event) {
    return switch (event) {
      case PageView e -> PAGE_VIEW;
      case Search e -> SEARCH;
      case Purchase e -> PURCHASE;
      case Social e -> SOCIAL;
      case AppEvent e -> APP;
      case DecisionMade e -> DECISION;
      case AdImpression e -> AD_IMPRESSION;
      case AdClick e -> AD_CLICK;
      case Conversion e -> CONVERSION;
    };
  }
}
