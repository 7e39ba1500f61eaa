package io.aimpoint.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aimpoint.core.event.PageView;
import io.aimpoint.core.user.UserProfile;
import io.aimpoint.core.validation.FieldError;
import io.aimpoint.core.validation.ValidationException;
import io.aimpoint.engine.ForbiddenException;
import io.aimpoint.engine.auth.Caller;
import io.aimpoint.engine.auth.Pseudonymizer;
import io.aimpoint.engine.ingest.EventOutcome.Status;
import io.aimpoint.engine.profile.ProfileFixture;
import io.aimpoint.testkit.FakeClock;
import io.aimpoint.testkit.memory.InMemoryEventLog;
import io.aimpoint.testkit.memory.InMemoryProfileStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventIngestionServiceTest {
  private final ProfileFixture fixture = new ProfileFixture();
  private final FakeClock clock = fixture.clock;
  private final InMemoryEventLog log = fixture.memory.events();
  private final InMemoryProfileStore profiles = fixture.memory.profiles();
  private final Pseudonymizer pseudonymizer = new Pseudonymizer(ProfileFixture.KEY);
  private final EventIngestionService service = fixture.ingestion;

  @Test
  void stores_valid_events_and_reports_invalid_ones_in_input_order() {
    List<EventInput> batch =
        List.of(
            pageView("e1", "u1", "sports"),
            new EventInput(
                "e2",
                "purchase",
                null,
                null,
                true,
                null,
                null,
                null,
                null,
                null,
                null,
                -5L,
                null,
                null),
            search("e3", "u1", "shoes"));

    IngestResult result = service.ingest(Caller.PUBLISHER, batch);

    assertThat(result.outcomes())
        .extracting(EventOutcome::status)
        .containsExactly(Status.ACCEPTED, Status.REJECTED, Status.ACCEPTED);
    assertThat(result.outcomes().get(1).errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("events[1].userId", "events[1].item", "events[1].amountMicros");
    assertThat(log.endOffset()).isEqualTo(2);
  }

  @Test
  void stores_pseudonymous_user_keys_never_raw_ids() {
    service.ingest(Caller.PUBLISHER, List.of(pageView("e1", "alice@example.com", "news")));

    PageView stored = (PageView) log.find("e1").orElseThrow();
    assertThat(stored.userKey())
        .isEqualTo(pseudonymizer.userKey("alice@example.com"))
        .doesNotContain("alice");
  }

  @Test
  void a_retried_batch_is_reported_as_duplicates_and_not_profiled_twice() {
    List<EventInput> batch = List.of(pageView("e1", "u1", "sports"), pageView("e2", "u1", "news"));
    service.ingest(Caller.PUBLISHER, batch);
    IngestResult retry = service.ingest(Caller.PUBLISHER, batch);

    assertThat(retry.count(Status.DUPLICATE)).isEqualTo(2);
    assertThat(log.endOffset()).isEqualTo(2);
    assertThat(profiles.get(pseudonymizer.userKey("u1")).orElseThrow().eventCount()).isEqualTo(2);
  }

  @Test
  void profiles_only_users_who_consented() {
    EventInput noConsent =
        new EventInput(
            "e2",
            "page_view",
            "u2",
            null,
            false,
            "https://x.example",
            null,
            null,
            "cars",
            null,
            null,
            null,
            null,
            null);
    service.ingest(Caller.PUBLISHER, List.of(pageView("e1", "u1", "Sports"), noConsent));

    UserProfile p = profiles.get(pseudonymizer.userKey("u1")).orElseThrow();
    assertThat(p.interests()).containsOnlyKeys("sports");
    assertThat(p.updatedAt()).isEqualTo(clock.instant());
    assertThat(profiles.get(pseudonymizer.userKey("u2"))).isEmpty();
  }

  @Test
  void rejects_tracking_types_sent_by_clients() {
    EventInput impression =
        new EventInput(
            "e1",
            "ad_impression",
            "u1",
            null,
            true,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    IngestResult result = service.ingest(Caller.PUBLISHER, List.of(impression));

    assertThat(result.outcomes().get(0).errors())
        .extracting(FieldError::field)
        .containsExactly("events[0].type");
  }

  @Test
  void rejects_timestamps_too_far_in_the_future_or_past() {
    IngestResult result =
        service.ingest(
            Caller.PUBLISHER,
            List.of(
                at("e1", clock.instant().plus(Duration.ofMinutes(6)).toString()),
                at("e2", clock.instant().minus(Duration.ofDays(31)).toString()),
                at("e3", "yesterday"),
                at("e4", clock.instant().minus(Duration.ofDays(2)).toString())));

    assertThat(result.outcomes())
        .extracting(EventOutcome::status)
        .containsExactly(Status.REJECTED, Status.REJECTED, Status.REJECTED, Status.ACCEPTED);
    assertThat(log.find("e4").orElseThrow().occurredAt())
        .isEqualTo(clock.instant().minus(Duration.ofDays(2)));
  }

  @Test
  void rejects_batches_that_are_empty_or_too_large() {
    assertThatThrownBy(() -> service.ingest(Caller.PUBLISHER, List.of()))
        .isInstanceOf(ValidationException.class);
    List<EventInput> huge = new ArrayList<>();
    for (int i = 0; i <= EventIngestionService.MAX_BATCH; i++) {
      huge.add(pageView("e" + i, "u", "c"));
    }
    assertThatThrownBy(() -> service.ingest(Caller.PUBLISHER, huge))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("1001");
    assertThat(log.endOffset()).isZero();
  }

  @Test
  void advertisers_cannot_send_behaviour_events() {
    assertThatThrownBy(
            () -> service.ingest(Caller.advertiser("adv_1"), List.of(pageView("e", "u", "c"))))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void events_the_transport_could_not_read_are_rejected_in_place() {
    List<EventInput> batch = new ArrayList<>(Collections.nCopies(2, (EventInput) null));
    batch.set(1, pageView("e1", "u1", "x"));
    IngestResult result =
        service.ingest(
            Caller.ADMIN,
            batch,
            Map.of(0, List.of(new FieldError("events[0].consent", "has the wrong type"))));

    assertThat(result.outcomes())
        .extracting(EventOutcome::status)
        .containsExactly(Status.REJECTED, Status.ACCEPTED);
    assertThat(result.outcomes().get(0).errors().get(0).field()).isEqualTo("events[0].consent");
  }

  @Test
  void normalizes_text_with_nfkc_and_whitespace_and_lower_cases_labels_only() {
    EventInput messy =
        new EventInput(
            " e1 ",
            "Page_View",
            "u1",
            null,
            true,
            " https://x.example/p ",
            "  Ｇｏｌｆ\u00a0 Clubs\n\tSale ",
            "Big   Text",
            " ＳＰＯＲＴＳ ",
            null,
            null,
            null,
            null,
            null);
    service.ingest(Caller.PUBLISHER, List.of(messy));

    PageView stored = (PageView) log.find("e1").orElseThrow();
    assertThat(stored.title()).isEqualTo("Golf Clubs Sale");
    assertThat(stored.text()).isEqualTo("Big Text");
    assertThat(stored.category()).isEqualTo("sports");
    assertThat(stored.url()).isEqualTo("https://x.example/p");
  }

  @Test
  void timestamp_rejections_name_their_reason() {
    IngestResult result =
        service.ingest(
            Caller.PUBLISHER,
            List.of(
                at("e1", clock.instant().plus(Duration.ofMinutes(6)).toString()),
                at("e2", clock.instant().minus(Duration.ofDays(31)).toString()),
                at("e3", "yesterday")));

    assertThat(result.outcomes())
        .extracting(EventOutcome::reason)
        .containsExactly(
            RejectReason.TIMESTAMP_IN_FUTURE, RejectReason.TIMESTAMP_TOO_OLD, RejectReason.INVALID);
  }

  @Test
  void a_double_submitted_page_view_with_another_id_is_dropped_as_a_near_duplicate() {
    IngestResult first = service.ingest(Caller.PUBLISHER, List.of(pageView("e1", "u1", "golf")));
    clock.advance(Duration.ofSeconds(3));
    IngestResult second = service.ingest(Caller.PUBLISHER, List.of(pageView("e1b", "u1", "golf")));
    IngestResult otherUser =
        service.ingest(Caller.PUBLISHER, List.of(pageView("e1c", "u2", "golf")));

    assertThat(first.outcomes().get(0).status()).isEqualTo(Status.ACCEPTED);
    assertThat(second.outcomes().get(0).status()).isEqualTo(Status.NEAR_DUPLICATE);
    assertThat(second.outcomes().get(0).reason()).isEqualTo(RejectReason.NEAR_DUPLICATE);
    assertThat(otherUser.outcomes().get(0).status()).isEqualTo(Status.ACCEPTED);
    assertThat(log.find("e1b")).isEmpty();
    assertThat(profiles.get(pseudonymizer.userKey("u1")).orElseThrow().eventCount()).isEqualTo(1);
  }

  @Test
  void the_same_page_viewed_again_after_the_window_is_accepted() {
    service.ingest(Caller.PUBLISHER, List.of(pageView("e1", "u1", "golf")));
    clock.advance(Duration.ofSeconds(11));
    IngestResult again = service.ingest(Caller.PUBLISHER, List.of(pageView("e2", "u1", "golf")));

    assertThat(again.outcomes().get(0).status()).isEqualTo(Status.ACCEPTED);
  }

  private static EventInput pageView(String id, String user, String category) {
    return pageView(id, user, category, "https://news.example.com/" + category);
  }

  private static EventInput pageView(String id, String user, String category, String url) {
    return new EventInput(
        id,
        "page_view",
        user,
        null,
        true,
        url,
        "t",
        "text",
        category,
        null,
        null,
        null,
        null,
        null);
  }

  private static EventInput search(String id, String user, String query) {
    return new EventInput(
        id, "search", user, null, true, null, null, null, null, query, null, null, null, null);
  }

  private static EventInput at(String id, String timestamp) {
    return new EventInput(
        id, "search", "u1", timestamp, true, null, null, null, null, "q", null, null, null, null);
  }
}
