package io.aimpoint.testkit.contract;

import static io.aimpoint.testkit.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.segment.Segment;
import io.aimpoint.core.store.SegmentStore;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@link SegmentStore} contract. Subclasses provide a fresh, empty store. */
public abstract class SegmentStoreContract {
  protected SegmentStore store;

  protected abstract SegmentStore newStore() throws Exception;

  /** Releases what {@link #newStore} opened; called after each test. */
  protected void cleanUp() throws Exception {}

  @BeforeEach
  void openStore() throws Exception {
    store = newStore();
  }

  @AfterEach
  void closeStore() throws Exception {
    cleanUp();
  }

  protected static Segment segment(String id, int size) {
    return new Segment(
        id,
        "name of " + id,
        size,
        "kmeans",
        4,
        T0,
        List.of("games", "electronics"),
        List.of("gpu"));
  }

  @Test
  void a_stored_segment_reads_back_equal() {
    store.put(segment("kmeans:games", 10));

    assertThat(store.get("kmeans:games")).contains(segment("kmeans:games", 10));
    assertThat(store.get("kmeans:other")).isEmpty();
  }

  @Test
  void put_replaces_and_list_is_ordered_by_id() {
    store.put(segment("kmeans:b", 1));
    store.put(segment("gmm:a", 2));
    store.put(segment("kmeans:b", 3));

    assertThat(store.list()).containsExactly(segment("gmm:a", 2), segment("kmeans:b", 3));
  }

  @Test
  void delete_removes_and_says_whether_there_was_one() {
    store.put(segment("kmeans:b", 1));

    assertThat(store.delete("kmeans:b")).isTrue();
    assertThat(store.delete("kmeans:b")).isFalse();
    assertThat(store.list()).isEmpty();
  }
}
