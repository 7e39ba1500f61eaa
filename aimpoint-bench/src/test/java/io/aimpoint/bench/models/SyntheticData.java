package io.aimpoint.bench.models;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Small seeded CTR data for the comparison's tests: libsvm rows of 4 one-hot fields with a logistic
 * ground truth that has an interaction (field 0 × field 1) a linear model cannot express, and the
 * same world as impression logs with the true click probability.
 */
final class SyntheticData {
  private static final int VALUES = 10;

  private SyntheticData() {}

  private static double logit(int[] v, double[][] w) {
    double z = -1.2 + w[0][v[0]] + w[1][v[1]] + w[2][v[2]] + w[3][v[3]];
    return z + ((v[0] + v[1]) % 3 == 0 ? 1.5 : -0.5); // the interaction
  }

  private static double[][] weights() {
    Random r = new Random(11);
    double[][] w = new double[4][VALUES];
    for (double[] row : w) {
      for (int v = 0; v < VALUES; v++) {
        row[v] = r.nextGaussian();
      }
    }
    return w;
  }

  static Path libsvm(Path file, int rows, long seed) throws IOException {
    double[][] w = weights();
    Random r = new Random(seed);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < rows; i++) {
        int[] v = {r.nextInt(VALUES), r.nextInt(VALUES), r.nextInt(VALUES), r.nextInt(VALUES)};
        int label = r.nextDouble() < 1 / (1 + Math.exp(-logit(v, w))) ? 1 : 0;
        StringBuilder line = new StringBuilder().append(label);
        for (int f = 0; f < 4; f++) {
          line.append(' ').append(100 * f + v[f]).append(":1");
        }
        out.write(line.append('\n').toString());
      }
    }
    return file;
  }

  /** The same world as impression logs (user, creative, campaign, category), with the truth. */
  static Path logs(Path file, int rows, long seed) throws IOException {
    double[][] w = weights();
    Random r = new Random(seed);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < rows; i++) {
        int[] v = {r.nextInt(VALUES), r.nextInt(VALUES), r.nextInt(VALUES), r.nextInt(VALUES)};
        double p = 1 / (1 + Math.exp(-logit(v, w)));
        boolean clicked = r.nextDouble() < p;
        String u = "u" + v[0];
        String cr = "cr" + v[1];
        String c = "c" + v[2];
        String cat = "cat" + v[3];
        out.write(
            String.format(
                Locale.ROOT,
                "{\"userKey\":\"%s\",\"creativeId\":\"%s\",\"campaignId\":\"%s\","
                    + "\"creativeCategory\":\"%s\",\"request\":{\"tokens\":{\"user.key\":[\"%s\"]}},"
                    + "\"candidate\":{\"tokens\":{\"ad.creative\":[\"%s\"],\"ad.campaign\":[\"%s\"],"
                    + "\"ad.categories\":[\"%s\"]}},\"truePCtr\":%.6f,\"truePCvr\":0.1,"
                    + "\"clicked\":%s,\"converted\":false}%n",
                u,
                cr,
                c,
                cat,
                u,
                cr,
                c,
                cat,
                p,
                clicked));
      }
    }
    return file;
  }
}
