package io.aimpoint.store.embedded.codec;

import static io.aimpoint.testkit.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aimpoint.core.event.DecisionMade;
import io.aimpoint.core.event.Event;
import io.aimpoint.core.event.EventType;
import io.aimpoint.core.event.FeatureSnapshot;
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
  void a_decision_logged_before_feature_snapshots_still_decodes() {
    String old =
        """
        {"type":"decision","eventId":"d1","userKey":"u1","occurredAt":"2025-03-10T12:00:00Z",\
        "consent":{"profiling":true},"placementId":"home-top","ads":[{"slot":0,"advertiserId":"a",\
        "campaignId":"c","creativeId":"cr","bidType":"CPM","bidMicros":1,"priceMicros":1,\
        "ecpmMicros":1,"pCtr":0.01,"pCvr":0.0,"propensity":1.0}]}""";

    DecisionMade d = (DecisionMade) EventCodec.decode(old.getBytes(StandardCharsets.UTF_8));

    assertThat(d.ads()).hasSize(1);
    assertThat(d.requestFeatures()).isEqualTo(FeatureSnapshot.EMPTY);
    assertThat(d.adFeatures()).isEmpty();
    assertThat(d.hasFeatureSnapshots()).isFalse();
  }

  @Test
  void feature_snapshots_round_trip_exactly() {
    DecisionMade d =
        (DecisionMade)
            Samples.oneOfEachType("e-", "u1", T0).stream()
                .filter(e -> e instanceof DecisionMade)
                .findFirst()
                .orElseThrow();
    assertThat(d.hasFeatureSnapshots()).isTrue();

    DecisionMade back = (DecisionMade) EventCodec.decode(EventCodec.encode(d));

    assertThat(back.requestFeatures()).isEqualTo(d.requestFeatures());
    assertThat(back.requestFeatures().numberOf("user.rfm.recency_hours")).isEqualTo(1.0 / 3);
    assertThat(back.adFeatures()).isEqualTo(d.adFeatures());
  }

  @Test
  void an_unknown_type_is_reported_by_name() {
    byte[] json = "{\"type\":\"teleport\",\"eventId\":\"x\"}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> EventCodec.decode(json))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("teleport");
  }
}
