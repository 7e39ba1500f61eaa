package io.aimpoint.engine.tracking;

import java.util.Optional;

/**
 * The deterministic ids of tracking events, which are also their ledger keys, so a replayed token
 * or order id finds its first record: {@code imp:<decisionId>:<slot>}, {@code
 * clk:<decisionId>:<slot>}, {@code conv:<advertiserId>:<orderId>}. The click id handed to the
 * landing page ({@code aimpoint_click}) is {@code <decisionId>-<slot>}: URL-safe and mapping back
 * to the click's event id.
 */
public final class DeliveryKeys {
  private DeliveryKeys() {}

  public static String impression(String decisionId, int slot) {
    return "imp:" + decisionId + ":" + slot;
  }

  public static String click(String decisionId, int slot) {
    return "clk:" + decisionId + ":" + slot;
  }

  public static String conversion(String advertiserId, String orderId) {
    return "conv:" + advertiserId + ":" + orderId;
  }

  /** The {@code aimpoint_click} value of a click. */
  public static String clickId(String decisionId, int slot) {
    return decisionId + "-" + slot;
  }

  /** The click event id for a click id, if it is well-formed. */
  public static Optional<String> clickEventId(String clickId) {
    int dash = clickId.lastIndexOf('-');
    if (dash <= 0 || dash == clickId.length() - 1) {
      return Optional.empty();
    }
    String slot = clickId.substring(dash + 1);
    if (slot.length() > 2 || !slot.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.of(click(clickId.substring(0, dash), Integer.parseInt(slot)));
  }

  /**
   * {@code url} with {@code aimpoint_click=<clickId>} added to its query: after the existing
   * parameters if there are any, before the fragment if there is one.
   */
  public static String withClickId(String url, String clickId) {
    int hash = url.indexOf('#');
    String base = hash < 0 ? url : url.substring(0, hash);
    String fragment = hash < 0 ? "" : url.substring(hash);
    String separator;
    if (base.indexOf('?') < 0) {
      separator = "?";
    } else if (base.endsWith("?") || base.endsWith("&")) {
      separator = "";
    } else {
      separator = "&";
    }
    return base + separator + "aimpoint_click=" + clickId + fragment;
  }
}
