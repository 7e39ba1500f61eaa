package io.aimpoint.store.embedded.codec;

import static io.aimpoint.testkit.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aimpoint.core.event.Event;
import io.aimpoint.core.event.EventType;
import io.aimpoint.core.store.StoreException;
import io.aimpoint.testkit.Samples;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCodecTest {
  @Test
  void every_event_type_round_trips_with_its_wire_name_as_discriminator() {
    List<Event> events = Samples.oneOfEachType("e-", "u1", T0);
    assertThat(events).extracting(EventType::of).containsExactlyInAnyOrder(EventType.values());

    for (Event e : events) {
      byte[] json = EventCodec.encode(e);

      assertThat(new String(json, StandardCharsets.UTF_8))
          .contains("\"type\":\"" + EventType.of(e).wireName() + "\"");
      assertThat(EventCodec.decode(json)).isEqualTo(e);
    }
  }

  @Test
  void an_unknown_type_is_reported_by_name() {
    byte[] json = "{\"type\":\"teleport\",\"eventId\":\"x\"}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> EventCodec.decode(json))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("teleport");
  }
}
