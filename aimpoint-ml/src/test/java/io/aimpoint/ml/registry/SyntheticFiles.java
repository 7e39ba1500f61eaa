package io.aimpoint.ml.registry;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Small seeded CTR files for tests: libsvm rows of 5 one-hot features (field f, value v has index
 * {@code 100 f + v}) with a logistic ground truth, and a user id as {@code qid}.
 */
public final class SyntheticFiles {
  private static final int FIELDS = 5;
  private static final int VALUES = 20;

  private SyntheticFiles() {}

  /**
   * Writes {@code rows} examples drawn from the world of {@code worldSeed}; {@code sampleSeed}
   * draws the rows. With {@code inverted} the feature weights are negated (a model learnt on it
   * ranks the normal world backwards).
   */
  public static Path libsvm(Path file, int rows, long worldSeed, long sampleSeed, boolean inverted)
      throws IOException {
    double[][] w = weights(worldSeed);
    Random r = new Random(sampleSeed);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < rows; i++) {
        StringBuilder features = new StringBuilder();
        double z = -2.5;
        for (int f = 0; f < FIELDS; f++) {
          int v = r.nextInt(VALUES);
          z += inverted ? -w[f][v] : w[f][v];
          features.append(' ').append(100 * f + v).append(":1");
        }
        int label = r.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
        out.write(label + " qid:u" + r.nextInt(50) + features + "\n");
      }
    }
    return file;
  }

  private static double[][] weights(long seed) {
    Random r = new Random(seed);
    double[][] w = new double[FIELDS][VALUES];
    for (double[] row : w) {
      for (int v = 0; v < VALUES; v++) {
        row[v] = 1.2 * r.nextGaussian();
      }
    }
    return w;
  }

  /** The features of libsvm data for models of {@code 2^bits} slots. */
  public static FeatureSpec libsvmSpec(int bits) {
    return FeatureSpec.defaults(DataFormat.LIBSVM, bits, null);
  }
}
