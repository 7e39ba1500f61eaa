package io.aimpoint.engine.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.segment.Segment;
import io.aimpoint.core.user.UserProfile;
import io.aimpoint.testkit.FakeClock;
import io.aimpoint.testkit.memory.InMemoryProfileStore;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmentJobTest {
  final FakeClock clock = new FakeClock(PlantedProfiles.AT);
  final InMemoryProfileStore profiles = new InMemoryProfileStore();
  final InMemorySegmentStore catalogue = new InMemorySegmentStore();
  final SegmentOptions options =
      SegmentOptions.DEFAULTS.withClustering(new ClusteringOptions(2, 8, 400, 400, 100, 5));
  final SegmentJob job = new SegmentJob(profiles, catalogue, options, clock);
  final PlantedProfiles planted = new PlantedProfiles(60, 9);

  SegmentJobTest() {
    planted.profiles.forEach(profiles::put);
  }

  @Test
  void writes_one_kmeans_and_one_gmm_segment_per_user_and_names_them() {
    SegmentRun run = job.run();

    assertThat(run.kmeansK()).isEqualTo(4);
    assertThat(run.gmmK()).isEqualTo(4);
    assertThat(run.clustered()).isEqualTo(240);
    assertThat(catalogue.list()).hasSize(8);
    assertThat(
            catalogue
                .get("kmeans:electronics+games")
                .or(() -> catalogue.get("kmeans:games+electronics")))
        .hasValueSatisfying(
            s -> {
              assertThat(s.size()).isEqualTo(60);
              assertThat(s.topKeywords()).startsWith("electronics-kw");
              assertThat(s.createdAt()).isEqualTo(PlantedProfiles.AT);
            });
    UserProfile member = profiles.get("c0-u0").orElseThrow();
    Segment kmeans = segmentOf(member, "kmeans:");
    assertThat(Set.copyOf(kmeans.topCategories())).isEqualTo(Set.of("electronics", "games"));
    assertThat(segmentOf(profiles.get("c0-u1").orElseThrow(), "kmeans:")).isEqualTo(kmeans);
  }

  @Test
  void users_without_consented_signal_are_never_clustered() {
    profiles.put(UserProfile.empty("no-consent", PlantedProfiles.AT));

    SegmentRun run = job.run();

    assertThat(run.profiles()).isEqualTo(241);
    assertThat(run.clustered()).isEqualTo(240);
    assertThat(profiles.get("no-consent").orElseThrow().segments()).isEmpty();
  }

  @Test
  void a_rerun_keeps_other_segments_and_changes_nothing_on_the_same_data() {
    profiles.update("c1-u3", p -> p.withSegments(Set.of("lookalike:vip")));
    job.run();

    SegmentRun again = job.run();

    assertThat(again.membershipsChanged()).isZero();
    assertThat(profiles.get("c1-u3").orElseThrow().segments()).contains("lookalike:vip").hasSize(3);
  }

  @Test
  void too_few_users_clear_the_clustered_segments() {
    job.run();
    List.copyOf(planted.profiles).stream().skip(5).forEach(p -> profiles.delete(p.userKey()));

    SegmentRun run = job.run();

    assertThat(run.kmeansK()).isZero();
    assertThat(catalogue.list()).isEmpty();
    assertThat(profiles.get("c0-u0").orElseThrow().segments()).isEmpty();
  }

  private Segment segmentOf(UserProfile p, String prefix) {
    String id = p.segments().stream().filter(s -> s.startsWith(prefix)).findFirst().orElseThrow();
    return catalogue.get(id).orElseThrow();
  }
}
