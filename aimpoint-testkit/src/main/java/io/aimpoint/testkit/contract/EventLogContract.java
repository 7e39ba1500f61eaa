package io.aimpoint.testkit.contract;

import static io.aimpoint.core.store.AppendOutcome.APPENDED;
import static io.aimpoint.core.store.AppendOutcome.DUPLICATE;
import static io.aimpoint.testkit.Samples.T0;
import static io.aimpoint.testkit.Samples.oneOfEachType;
import static io.aimpoint.testkit.Samples.pageView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aimpoint.core.event.Event;
import io.aimpoint.core.store.AppendOutcome;
import io.aimpoint.core.store.EventLog;
import io.aimpoint.core.store.LoggedEvent;
import io.aimpoint.testkit.Concurrently;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link EventLog} contract. Subclasses provide a fresh, empty log. "Newest first" in {@code
 * readUser} is by {@code occurredAt}, ties broken by append order.
 */
public abstract class EventLogContract {
  protected EventLog log;

  protected abstract EventLog newLog() throws Exception;

  /** Releases what {@link #newLog} opened beyond the log itself; called after each test. */
  protected void cleanUp() throws Exception {}

  @BeforeEach
  void openLog() throws Exception {
    log = newLog();
  }

  @AfterEach
  void closeLog() throws Exception {
    log.close();
    cleanUp();
  }

  @Test
  void offsets_start_at_zero_and_follow_append_order() {
    assertThat(log.endOffset()).isZero();

    log.append(List.of(pv("e1", "u1", 0), pv("e2", "u2", 1)));
    log.append(List.of(pv("e3", "u1", 2)));

    assertThat(log.endOffset()).isEqualTo(3);
    assertThat(log.read(0, 10))
        .extracting(LoggedEvent::offset, e -> e.event().eventId())
        .containsExactly(tuple(0L, "e1"), tuple(1L, "e2"), tuple(2L, "e3"));
  }

  @Test
  void every_event_type_reads_back_equal() {
    List<Event> events = oneOfEachType("x-", "u1", T0);

    assertThat(log.append(events)).containsOnly(APPENDED).hasSize(events.size());

    assertThat(log.read(0, 100)).extracting(LoggedEvent::event).containsExactlyElementsOf(events);
    for (Event e : events) {
      assertThat(log.find(e.eventId())).contains(e);
    }
  }

  @Test
  void an_event_id_seen_before_is_a_duplicate_and_writes_nothing() {
    log.append(List.of(pv("e1", "u1", 0)));

    List<AppendOutcome> outcomes = log.append(List.of(pv("e1", "u1", 99), pv("e2", "u1", 1)));

    assertThat(outcomes).containsExactly(DUPLICATE, APPENDED);
    assertThat(log.endOffset()).isEqualTo(2);
    assertThat(log.find("e1").orElseThrow().occurredAt()).isEqualTo(T0);
  }

  @Test
  void a_repeated_id_within_one_batch_is_appended_once() {
    List<AppendOutcome> outcomes =
        log.append(List.of(pv("e1", "u1", 0), pv("e2", "u1", 1), pv("e1", "u1", 2)));

    assertThat(outcomes).containsExactly(APPENDED, APPENDED, DUPLICATE);
    assertThat(log.read(0, 10)).hasSize(2);
    assertThat(log.endOffset()).isEqualTo(2);
  }

  @Test
  void an_empty_batch_changes_nothing() {
    assertThat(log.append(List.of())).isEmpty();
    assertThat(log.endOffset()).isZero();
  }

  @Test
  void read_returns_at_most_max_events_from_the_offset_on() {
    for (int i = 0; i < 10; i++) {
      log.append(List.of(pv("e" + i, "u1", i)));
    }

    assertThat(log.read(3, 4)).extracting(LoggedEvent::offset).containsExactly(3L, 4L, 5L, 6L);
    assertThat(log.read(8, 100)).extracting(LoggedEvent::offset).containsExactly(8L, 9L);
    assertThat(log.read(10, 100)).isEmpty();
    assertThat(log.read(1_000, 100)).isEmpty();
  }

  @Test
  void read_user_returns_the_newest_events_first_up_to_max() {
    log.append(List.of(pv("a", "u1", 10), pv("b", "u2", 20), pv("c", "u1", 30)));
    log.append(List.of(pv("d", "u1", 5), pv("e", "u1", 40)));

    assertThat(log.readUser("u1", 10))
        .extracting(Event::eventId)
        .containsExactly("e", "c", "a", "d");
    assertThat(log.readUser("u1", 2)).extracting(Event::eventId).containsExactly("e", "c");
    assertThat(log.readUser("u2", 10)).extracting(Event::eventId).containsExactly("b");
    assertThat(log.readUser("nobody", 10)).isEmpty();
  }

  @Test
  void events_at_the_same_instant_read_latest_appended_first() {
    log.append(List.of(pv("a", "u1", 0), pv("b", "u1", 0), pv("c", "u1", 0)));

    assertThat(log.readUser("u1", 10)).extracting(Event::eventId).containsExactly("c", "b", "a");
  }

  @Test
  void find_returns_empty_for_an_unknown_id() {
    assertThat(log.find("nope")).isEmpty();
  }

  @Test
  void deleting_a_user_removes_all_their_events_and_keeps_other_offsets() {
    log.append(List.of(pv("a", "u1", 0), pv("b", "u2", 1), pv("c", "u1", 2), pv("d", "u3", 3)));

    assertThat(log.deleteUser("u1")).isEqualTo(2);

    assertThat(log.read(0, 10))
        .extracting(LoggedEvent::offset, e -> e.event().eventId())
        .containsExactly(tuple(1L, "b"), tuple(3L, "d"));
    assertThat(log.readUser("u1", 10)).isEmpty();
    assertThat(log.find("a")).isEmpty();
    assertThat(log.find("c")).isEmpty();
    assertThat(log.endOffset()).isEqualTo(4);
    assertThat(log.deleteUser("u1")).isZero();
  }

  @Test
  void offsets_are_never_reused_after_a_deletion() {
    log.append(List.of(pv("a", "u1", 0), pv("b", "u1", 1)));
    log.deleteUser("u1");

    log.append(List.of(pv("c", "u2", 2)));

    assertThat(log.read(0, 10)).extracting(LoggedEvent::offset).containsExactly(2L);
  }

  @Test
  void concurrent_appends_give_each_new_event_one_unique_offset() {
    int threads = 8;
    int perThread = 200;
    AtomicInteger appended = new AtomicInteger();

    Concurrently.run(
        threads,
        t -> {
          for (int i = 0; i < perThread; i++) {
            // half of the ids are shared between two threads, so duplicates race too
            String id = i % 2 == 0 ? "shared-" + (t / 2) + "-" + i : "own-" + t + "-" + i;
            if (log.append(List.of(pv(id, "u" + t, i))).getFirst() == APPENDED) {
              appended.incrementAndGet();
            }
          }
        });

    int expected = threads * perThread / 2 + (threads / 2) * (perThread / 2);
    assertThat(appended).hasValue(expected);
    assertThat(log.endOffset()).isEqualTo(expected);
    List<LoggedEvent> all = new ArrayList<>();
    for (long from = 0; from < log.endOffset(); ) {
      List<LoggedEvent> page = log.read(from, 333);
      all.addAll(page);
      from = page.getLast().offset() + 1;
    }
    assertThat(all).extracting(LoggedEvent::offset).doesNotHaveDuplicates().isSorted();
    assertThat(all).extracting(e -> e.event().eventId()).doesNotHaveDuplicates();
  }

  private static Event pv(String id, String user, int secondsAfterT0) {
    return pageView(id, user, T0.plusSeconds(secondsAfterT0));
  }
}
