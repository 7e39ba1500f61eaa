package io.aimpoint.sim.world;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The categories of the simulated world (数码/electronics, 服装/apparel, ... 宠物/pets) and which of them
 * are related. Relatedness is symmetric: {@link #relatedness(int, int)} is 1 for the same category,
 * {@link #RELATED_WEIGHT} for a related pair and 0 otherwise.
 */
public final class Taxonomy {
  /** How much interest in a category carries over to a related one. */
  public static final double RELATED_WEIGHT = 0.35;

  private static final Taxonomy STANDARD = new Taxonomy(TaxonomyData.categories());

  private final List<Category> categories;
  private final Map<String, Category> byId = new HashMap<>();
  private final double[][] relatedness;

  private Taxonomy(List<Category> categories) {
    this.categories = categories;
    for (Category c : categories) {
      if (byId.put(c.id(), c) != null) {
        throw new IllegalArgumentException("duplicate category id: " + c.id());
      }
    }
    int n = categories.size();
    relatedness = new double[n][n];
    for (int i = 0; i < n; i++) {
      relatedness[i][i] = 1.0;
    }
    for (String[] pair : TaxonomyData.RELATED) {
      int a = category(pair[0]).index();
      int b = category(pair[1]).index();
      relatedness[a][b] = RELATED_WEIGHT;
      relatedness[b][a] = RELATED_WEIGHT;
    }
  }

  /** The built-in taxonomy of 15 categories. */
  public static Taxonomy standard() {
    return STANDARD;
  }

  public List<Category> categories() {
    return categories;
  }

  public int size() {
    return categories.size();
  }

  public Category get(int index) {
    return categories.get(index);
  }

  /** The category with id {@code id}; throws if there is none. */
  public Category category(String id) {
    Category c = byId.get(id);
    if (c == null) {
      throw new IllegalArgumentException("unknown category id: " + id);
    }
    return c;
  }

  /** 1 for {@code a == b}, {@link #RELATED_WEIGHT} for a related pair, else 0. */
  public double relatedness(int a, int b) {
    return relatedness[a][b];
  }

  /** The prior popularity weights of the categories, indexed by {@link Category#index()}. */
  public double[] popularity() {
    double[] w = new double[size()];
    for (Category c : categories) {
      w[c.index()] = c.traits().popularity();
    }
    return w;
  }
}
