package io.aimpoint.ml.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * Small seeded impression logs in the simulator's format (user, campaign, creative and category
 * both as columns and as raw feature snapshots, with outcomes and true probabilities): the click
 * probability depends on the creative and the user, the conversion probability of a click on the
 * creative's category and the user.
 */
public final class SyntheticLogs {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] CATEGORIES = {"electronics", "travel", "food", "games", "books"};

  private SyntheticLogs() {}

  /** What was written: rows, clicks and conversions. */
  public record Counts(int rows, int clicks, int conversions) {}

  /** Writes {@code rows} impressions drawn with {@code seed}; returns the counts. */
  public static Counts write(Path file, int rows, long seed) throws IOException {
    Random world = new Random(1);
    double[] creativeCtr = new double[20];
    double[] userCtr = new double[40];
    double[] categoryCvr = new double[CATEGORIES.length];
    double[] userCvr = new double[40];
    fill(world, creativeCtr, 0.8);
    fill(world, userCtr, 0.8);
    fill(world, categoryCvr, 1.5);
    fill(world, userCvr, 1.0);
    Random r = new Random(seed);
    int clicks = 0;
    int conversions = 0;
    Instant start = Instant.parse("2026-03-02T00:00:00Z");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < rows; i++) {
        int user = r.nextInt(userCtr.length);
        int creative = r.nextInt(creativeCtr.length);
        int category = creative % CATEGORIES.length;
        double pCtr = sigmoid(-1.5 + creativeCtr[creative] + userCtr[user]);
        double pCvr = sigmoid(-1.0 + categoryCvr[category] + userCvr[user]);
        boolean clicked = r.nextDouble() < pCtr;
        boolean converted = clicked && r.nextDouble() < pCvr;
        clicks += clicked ? 1 : 0;
        conversions += converted ? 1 : 0;
        ObjectNode line = JSON.createObjectNode();
        line.put("time", start.plus(Duration.ofSeconds(30L * i)).toString());
        line.put("userKey", "u" + user);
        line.put("campaignId", "c" + creative / 2);
        line.put("creativeId", "cr" + creative);
        line.put("creativeCategory", CATEGORIES[category]);
        // the same values as raw feature snapshots, for readers that encode those
        line.putObject("request").putObject("tokens").putArray("user.key").add("u" + user);
        ObjectNode ad = line.putObject("candidate").putObject("tokens");
        ad.putArray("ad.campaign").add("c" + creative / 2);
        ad.putArray("ad.creative").add("cr" + creative);
        ad.putArray("ad.categories").add(CATEGORIES[category]);
        line.put("truePCtr", pCtr);
        line.put("truePCvr", pCvr);
        line.put("clicked", clicked);
        line.put("converted", converted);
        out.write(JSON.writeValueAsString(line));
        out.write('\n');
      }
    }
    return new Counts(rows, clicks, conversions);
  }

  private static void fill(Random r, double[] weights, double scale) {
    for (int i = 0; i < weights.length; i++) {
      weights[i] = scale * r.nextGaussian();
    }
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /** The features of logs for models of {@code 2^bits} slots. */
  public static FeatureSpec spec(int bits) {
    return FeatureSpec.defaults(DataFormat.LOGS, bits, null);
  }
}
