package io.aimpoint.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.ml.text.BgeSmallZhEmbedder;
import io.aimpoint.ml.text.Categorization;
import io.aimpoint.ml.text.ZeroShotCategorizer;
import io.aimpoint.sim.traffic.Page;
import io.aimpoint.sim.traffic.SimEvent;
import io.aimpoint.sim.traffic.SimPageView;
import io.aimpoint.sim.traffic.TrafficGenerator;
import io.aimpoint.sim.world.Language;
import io.aimpoint.sim.world.SimUser;
import io.aimpoint.sim.world.World;
import io.aimpoint.sim.world.WorldConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Measures zero-shot page categorization (BGE-small-zh embeddings vs. category descriptions, no
 * labelled data) on the simulator's pages, whose true category is known. Chance is 1/15; a
 * classifier counting each category's own nouns gets about 96% (docs/simulator.md).
 */
class ZeroShotAccuracyTest {

  private static final long SEED = 20260302L;
  private static final int PAGES = 300;

  /** Measured 0.907 (ZH 0.944, EN 0.779) with the default categories; see docs/benchmarks.md. */
  private static final double ACCURACY_FLOOR = 0.80;

  @Test
  void categorizes_simulated_pages_well_above_chance() {
    List<Page> pages = samplePages();
    List<String> texts = pages.stream().map(p -> p.title() + "\n" + p.text()).toList();

    List<Categorization> results;
    try (BgeSmallZhEmbedder embedder = BgeSmallZhEmbedder.load()) {
      results = ZeroShotCategorizer.withDefaults(embedder).classifyAll(texts);
    }

    int correct = 0;
    Map<Language, int[]> byLanguage = new TreeMap<>();
    Map<String, Integer> confusions = new TreeMap<>();
    for (int i = 0; i < pages.size(); i++) {
      Page page = pages.get(i);
      boolean right = results.get(i).categoryId().equals(page.category());
      int[] counts = byLanguage.computeIfAbsent(page.language(), l -> new int[2]);
      counts[0] += right ? 1 : 0;
      counts[1]++;
      if (right) {
        correct++;
      } else {
        confusions.merge(page.category() + " -> " + results.get(i).categoryId(), 1, Integer::sum);
      }
    }
    double accuracy = (double) correct / pages.size();
    System.out.printf(
        "Zero-shot categorization of %d simulated pages (seed %d): accuracy %.3f%n",
        pages.size(), SEED, accuracy);
    byLanguage.forEach(
        (language, c) ->
            System.out.printf("  %s: %d/%d = %.3f%n", language, c[0], c[1], (double) c[0] / c[1]));
    System.out.println("  errors (true -> predicted): " + confusions);

    assertThat(pages).hasSize(PAGES);
    assertThat(accuracy).isGreaterThanOrEqualTo(ACCURACY_FLOOR);
  }

  /** The first page each user reads on day 0, over users in order, until {@link #PAGES}. */
  private static List<Page> samplePages() {
    World world = World.generate(WorldConfig.demo(SEED));
    TrafficGenerator traffic = new TrafficGenerator(world);
    List<Page> pages = new ArrayList<>();
    for (SimUser user : world.users()) {
      if (pages.size() == PAGES) {
        break;
      }
      for (SimEvent event : traffic.day(user, 0)) {
        if (event instanceof SimPageView view) {
          pages.add(view.page());
          break;
        }
      }
    }
    return pages;
  }
}
