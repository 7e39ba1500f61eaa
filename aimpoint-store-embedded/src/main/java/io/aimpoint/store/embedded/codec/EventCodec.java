package io.aimpoint.store.embedded.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aimpoint.core.event.AdClick;
import io.aimpoint.core.event.AdImpression;
import io.aimpoint.core.event.AppEvent;
import io.aimpoint.core.event.Conversion;
import io.aimpoint.core.event.DecisionMade;
import io.aimpoint.core.event.Event;
import io.aimpoint.core.event.EventType;
import io.aimpoint.core.event.PageView;
import io.aimpoint.core.event.Purchase;
import io.aimpoint.core.event.Search;
import io.aimpoint.core.event.Social;
import io.aimpoint.core.store.StoreException;
import java.io.IOException;

/**
 * Encodes events as JSON objects with a {@code "type"} member holding the {@link EventType} wire
 * name, next to the record's own fields. The wire name, not the Java class name, is the
 * discriminator so that classes can be renamed without rewriting stored logs.
 */
public final class EventCodec {
  static final String TYPE_FIELD = "type";

  private EventCodec() {}

  public static byte[] encode(Event event) {
    ObjectNode node = Json.mapper().valueToTree(event);
    node.put(TYPE_FIELD, EventType.of(event).wireName());
    return Json.writeBytes(node);
  }

  public static Event decode(byte[] json) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new StoreException("cannot decode a stored event", e);
    }
    String wireName = node.path(TYPE_FIELD).asText();
    EventType type =
        EventType.fromWireName(wireName)
            .orElseThrow(
                () -> new StoreException("stored event has an unknown type: " + wireName, null));
    ((ObjectNode) node).remove(TYPE_FIELD);
    try {
      return Json.mapper().treeToValue(node, classOf(type));
    } catch (IOException e) {
      throw new StoreException("cannot decode a stored " + wireName + " event", e);
    }
  }

  static Class<? extends Event> classOf(EventType type) {
    return switch (type) {
      case PAGE_VIEW -> PageView.class;
      case SEARCH -> Search.class;
      case PURCHASE -> Purchase.class;
      case SOCIAL -> Social.class;
      case APP -> AppEvent.class;
      case DECISION -> DecisionMade.class;
      case AD_IMPRESSION -> AdImpression.class;
      case AD_CLICK -> AdClick.class;
      case CONVERSION -> Conversion.class;
    };
  }
}
