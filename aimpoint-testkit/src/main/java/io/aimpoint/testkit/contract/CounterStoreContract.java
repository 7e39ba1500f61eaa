package io.aimpoint.testkit.contract;

import static io.aimpoint.testkit.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.aimpoint.core.store.CounterStore;
import io.aimpoint.testkit.Concurrently;
import io.aimpoint.testkit.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link CounterStore} contract. Subclasses provide a fresh, empty store that reads time from
 * the given clock. A counter is expired from its {@code expiresAt} on.
 */
public abstract class CounterStoreContract {
  protected final FakeClock clock = new FakeClock(T0);
  protected CounterStore store;

  protected abstract CounterStore newStore(FakeClock clock) throws Exception;

  /** Releases what {@link #newStore} opened beyond the store itself; called after each test. */
  protected void cleanUp() throws Exception {}

  @BeforeEach
  void openStore() throws Exception {
    store = newStore(clock);
  }

  @AfterEach
  void closeStore() throws Exception {
    store.close();
    cleanUp();
  }

  @Test
  void add_returns_the_new_value_and_get_reads_it() {
    assertThat(store.add("k", 2, in(60))).isEqualTo(2);
    assertThat(store.add("k", 3, in(60))).isEqualTo(5);
    assertThat(store.add("k", -1, in(60))).isEqualTo(4);

    assertThat(store.get("k")).isEqualTo(4);
  }

  @Test
  void a_missing_counter_reads_zero() {
    assertThat(store.get("nope")).isZero();
  }

  @Test
  void a_counter_reads_zero_from_its_expiry_on() {
    store.add("k", 7, in(60));

    clock.advance(Duration.ofSeconds(60).minusNanos(1_000_000));
    assertThat(store.get("k")).isEqualTo(7);
    clock.advance(Duration.ofMillis(1));
    assertThat(store.get("k")).isZero();
  }

  @Test
  void an_expired_counter_starts_again_from_zero_with_the_new_expiry() {
    store.add("k", 7, in(60));
    clock.advance(Duration.ofSeconds(61));

    assertThat(store.add("k", 1, in(30))).isEqualTo(1);

    clock.advance(Duration.ofSeconds(29));
    assertThat(store.get("k")).isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    assertThat(store.get("k")).isZero();
  }

  @Test
  void the_later_of_old_and_new_expiry_wins() {
    store.add("longer", 1, in(100));
    store.add("longer", 1, in(10));
    store.add("extended", 1, in(10));
    store.add("extended", 1, in(100));

    clock.advance(Duration.ofSeconds(50));

    assertThat(store.get("longer")).isEqualTo(2);
    assertThat(store.get("extended")).isEqualTo(2);
  }

  @Test
  void get_all_returns_every_key_with_zero_for_missing_and_expired_ones() {
    store.add("a", 1, in(100));
    store.add("b", 2, in(10));
    clock.advance(Duration.ofSeconds(20));

    assertThat(store.getAll(List.of("a", "b", "c")))
        .containsOnly(entry("a", 1L), entry("b", 0L), entry("c", 0L));
  }

  @Test
  void delete_by_prefix_removes_only_matching_counters_and_counts_them() {
    store.add("cap:u1:c1", 1, in(100));
    store.add("cap:u1:c2", 1, in(100));
    store.add("cap:u2:c1", 1, in(100));
    store.add("pace:c1", 1, in(100));

    assertThat(store.deleteByPrefix("cap:u1:")).isEqualTo(2);

    assertThat(store.get("cap:u1:c1")).isZero();
    assertThat(store.get("cap:u1:c2")).isZero();
    assertThat(store.get("cap:u2:c1")).isEqualTo(1);
    assertThat(store.get("pace:c1")).isEqualTo(1);
    assertThat(store.deleteByPrefix("cap:u1:")).isZero();
  }

  @Test
  void a_deleted_counter_starts_again_from_zero() {
    store.add("cap:u1", 5, in(100));
    store.deleteByPrefix("cap:");

    assertThat(store.add("cap:u1", 1, in(100))).isEqualTo(1);
  }

  @Test
  void concurrent_adds_are_all_counted() {
    int threads = 8;
    int perThread = 500;

    Concurrently.run(
        threads,
        t -> {
          for (int i = 0; i < perThread; i++) {
            store.add("hot", 1, in(3600));
            store.add("k" + (i % 10), 2, in(3600));
          }
        });

    assertThat(store.get("hot")).isEqualTo((long) threads * perThread);
    for (int i = 0; i < 10; i++) {
      assertThat(store.get("k" + i)).isEqualTo(2L * threads * perThread / 10);
    }
  }

  private Instant in(long seconds) {
    return clock.instant().plusSeconds(seconds);
  }
}
