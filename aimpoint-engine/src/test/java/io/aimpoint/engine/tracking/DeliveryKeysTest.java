package io.aimpoint.engine.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryKeysTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "https://shop.example.com,                 https://shop.example.com?aimpoint_click=d-1",
    "https://shop.example.com/p,               https://shop.example.com/p?aimpoint_click=d-1",
    "https://shop.example.com/p?x=1,           https://shop.example.com/p?x=1&aimpoint_click=d-1",
    "https://shop.example.com/p?,              https://shop.example.com/p?aimpoint_click=d-1",
    "https://shop.example.com/p?x=1&,          https://shop.example.com/p?x=1&aimpoint_click=d-1",
    "https://shop.example.com/p#top,           https://shop.example.com/p?aimpoint_click=d-1#top",
    "https://shop.example.com/p?x=1#a?b,       https://shop.example.com/p?x=1&aimpoint_click=d-1#a?b",
  })
  void appends_the_click_id_to_any_landing_url(String url, String want) {
    assertThat(DeliveryKeys.withClickId(url, "d-1")).isEqualTo(want);
  }

  @Test
  void maps_a_click_id_back_to_the_click_event_id() {
    String clickId = DeliveryKeys.clickId("0123abcd", 3);

    assertThat(DeliveryKeys.clickEventId(clickId)).contains(DeliveryKeys.click("0123abcd", 3));
    assertThat(DeliveryKeys.clickEventId("nodash")).isEqualTo(Optional.empty());
    assertThat(DeliveryKeys.clickEventId("abc-")).isEmpty();
    assertThat(DeliveryKeys.clickEventId("abc-x1")).isEmpty();
    assertThat(DeliveryKeys.clickEventId("abc-99999999999")).isEmpty();
  }
}
