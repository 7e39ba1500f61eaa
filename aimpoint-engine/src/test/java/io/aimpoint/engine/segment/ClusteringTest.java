package io.aimpoint.engine.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClusteringTest {
  static final ClusteringOptions OPTIONS = new ClusteringOptions(2, 8, 400, 400, 100, 11);
  final PlantedProfiles planted = new PlantedProfiles(100, 3);
  final ProfileVectors vectors =
      new ProfileVectors(ProfileVectors.vocabulary(planted.profiles, 24), 0, 0, 1);
  final double[][] points = planted.profiles.stream().map(vectors::vector).toArray(double[][]::new);

  @Test
  void kmeans_chooses_the_planted_k_by_silhouette_and_recovers_the_clusters() {
    ClusterFit fit = new KMeansClustering(OPTIONS).fit(points);

    assertThat(fit.k()).isEqualTo(4);
    assertThat(PlantedProfiles.adjustedRand(planted.truth, fit.assignment())).isGreaterThan(0.9);
  }

  @Test
  void gaussian_mixture_chooses_the_planted_k_by_bic_and_recovers_the_clusters() {
    ClusterFit fit = new GaussianMixtureClustering(OPTIONS).fit(points);

    assertThat(fit.k()).isEqualTo(4);
    assertThat(PlantedProfiles.adjustedRand(planted.truth, fit.assignment())).isGreaterThan(0.9);
  }

  @Test
  void clustering_is_deterministic_for_a_seed() {
    ClusterFit first = new KMeansClustering(OPTIONS).fit(points);
    ClusterFit second = new KMeansClustering(OPTIONS).fit(points);

    assertThat(second.assignment()).containsExactly(first.assignment());
  }

  @Test
  void names_mention_the_planted_top_categories() {
    ClusterFit fit = new KMeansClustering(OPTIONS).fit(points);

    List<Set<String>> named =
        Arrays.stream(fit.centers())
            .map(c -> Set.copyOf(SegmentNamer.topCategories(c, vectors.categories())))
            .toList();

    assertThat(named)
        .containsExactlyInAnyOrderElementsOf(
            PlantedProfiles.PLANTED.stream().map(Set::copyOf).toList());
  }
}
