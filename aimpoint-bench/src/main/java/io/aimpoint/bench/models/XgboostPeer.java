package io.aimpoint.bench.models;

import io.aimpoint.ml.data.Features;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * XGBoost (Chen and Guestrin 2016, "XGBoost: A Scalable Tree Boosting System") through XGBoost4J,
 * as the peer our models are measured against: {@code binary:logistic} with the {@code hist} tree
 * method over the same hashed sparse features (the hashed index is the column), early stopping on
 * validation AUC, seeded.
 *
 * <p>Its native library ships inside the jar and is unpacked and loaded on first use; nothing is
 * downloaded. {@link #unavailableReason()} says why it cannot load on a platform it does not ship
 * for.
 */
public final class XgboostPeer {
  private XgboostPeer() {}

  /**
   * How to boost.
   *
   * @param rounds at most this many trees
   * @param earlyStoppingRounds stop when validation AUC has not improved for this many rounds
   * @param maxDepth depth of each tree
   * @param eta learning rate (shrinkage)
   * @param threads native threads (1: comparable with our single-threaded trainers)
   * @param seed seeds XGBoost's sampling
   */
  public record Options(
      int rounds, int earlyStoppingRounds, int maxDepth, double eta, int threads, long seed) {
    public Options {
      if (rounds < 1 || earlyStoppingRounds < 1 || maxDepth < 1 || threads < 1) {
        throw new IllegalArgumentException(
            "rounds, earlyStoppingRounds, maxDepth and threads must be positive; rounds="
                + rounds
                + ", earlyStoppingRounds="
                + earlyStoppingRounds
                + ", maxDepth="
                + maxDepth
                + ", threads="
                + threads);
      }
      if (!(eta > 0 && eta <= 1)) {
        throw new IllegalArgumentException("eta must be in (0, 1]; eta=" + eta);
      }
    }

    /** 500 rounds at most, early stopping after 20, depth 6, eta 0.1, one thread, seed 42. */
    public static Options defaults() {
      return new Options(500, 20, 6, 0.1, 1, 42);
    }

    public Options withSeed(long newSeed) {
      return new Options(rounds, earlyStoppingRounds, maxDepth, eta, threads, newSeed);
    }

    public Options withThreads(int newThreads) {
      return new Options(rounds, earlyStoppingRounds, maxDepth, eta, newThreads, seed);
    }

    Map<String, Object> parameters() {
      Map<String, Object> p = new HashMap<>();
      p.put("objective", "binary:logistic");
      p.put("tree_method", "hist");
      p.put("eval_metric", "auc");
      p.put("max_depth", maxDepth);
      p.put("eta", eta);
      p.put("nthread", threads);
      p.put("seed", seed);
      p.put("verbosity", 0);
      return p;
    }
  }

  /** Empty when XGBoost's native library loads here; else why not. */
  public static Optional<String> unavailableReason() {
    try {
      new DMatrix(new float[] {0f}, 1, 1, Float.NaN).dispose();
      return Optional.empty();
    } catch (XGBoostError | LinkageError | RuntimeException e) {
      return Optional.of("XGBoost4J's native library does not load on this platform: " + e);
    }
  }

  /**
   * Trains on {@code train}, stopping early on {@code valid}'s AUC; both must share one column
   * space, learnt from the training rows.
   */
  static Trained train(SparseRows train, SparseRows valid, Options options) throws XGBoostError {
    if (train.columnSpace() != valid.columnSpace()) {
      throw new IllegalArgumentException("train and valid must share their columns");
    }
    SparseRows.Columns columns = train.columnSpace();
    DMatrix trainMatrix = matrix(train, columns);
    DMatrix validMatrix = matrix(valid, columns);
    try {
      Map<String, DMatrix> watches = new LinkedHashMap<>();
      watches.put("valid", validMatrix);
      float[][] metrics = new float[1][options.rounds()];
      Booster booster =
          XGBoost.train(
              trainMatrix,
              options.parameters(),
              options.rounds(),
              watches,
              metrics,
              null,
              null,
              options.earlyStoppingRounds());
      String best = booster.getAttr("best_iteration");
      int bestIteration = best == null ? options.rounds() - 1 : Integer.parseInt(best);
      return new Trained(booster, bestIteration, columns);
    } finally {
      trainMatrix.dispose();
      validMatrix.dispose();
    }
  }

  private static DMatrix matrix(SparseRows rows, SparseRows.Columns columns) throws XGBoostError {
    DMatrix m =
        new DMatrix(
            rows.rowStarts(),
            rows.columns(),
            rows.values(),
            DMatrix.SparseType.CSR,
            columns.count(),
            Float.NaN,
            1);
    m.setLabel(rows.labels());
    return m;
  }

  /** A trained booster; predictions use the trees up to the best validation round. */
  static final class Trained implements AutoCloseable {
    private final Booster booster;
    private final int bestIteration;
    private final SparseRows.Columns columns;

    private Trained(Booster booster, int bestIteration, SparseRows.Columns columns) {
      this.booster = booster;
      this.bestIteration = bestIteration;
      this.columns = columns;
    }

    /** The 0-based round with the best validation AUC. */
    int bestIteration() {
      return bestIteration;
    }

    /** The click probability of each row. */
    double[] predict(SparseRows rows) throws XGBoostError {
      DMatrix m = matrix(rows, columns);
      try {
        return probabilities(m, rows.rows());
      } finally {
        m.dispose();
      }
    }

    /**
     * Scores candidates as serving would have to: build a DMatrix of their rows, then predict. Used
     * to time scoring per candidate.
     */
    double[] score(List<Features> candidates) throws XGBoostError {
      SparseRows rows = new SparseRows(columns, false);
      for (Features f : candidates) {
        rows.add(f, 0);
      }
      return predict(rows);
    }

    private double[] probabilities(DMatrix m, int n) throws XGBoostError {
      float[][] out = booster.predict(m, false, bestIteration + 1);
      double[] p = new double[n];
      for (int i = 0; i < n; i++) {
        p[i] = out[i][0];
      }
      return p;
    }

    @Override
    public void close() {
      booster.dispose();
    }
  }
}
