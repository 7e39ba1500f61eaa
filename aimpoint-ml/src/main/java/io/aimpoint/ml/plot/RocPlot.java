package io.aimpoint.ml.plot;

import io.aimpoint.ml.eval.Metrics;
import java.awt.BasicStroke;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * The ROC curve of scored predictions: true positive rate against false positive rate as the
 * threshold falls, with the chance diagonal and the AUC in the title. Tied scores form one step, so
 * the area under the drawn curve is the AUC.
 */
public final class RocPlot {
  private static final int MAX_POINTS = 2000;

  private RocPlot() {}

  /** The curve's points as {@code {fpr[], tpr[]}}, from (0, 0) to (1, 1). */
  public static double[][] curve(double[] scores, int[] labels) {
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
    long positives = Arrays.stream(labels).filter(y -> y == 1).count();
    long negatives = labels.length - positives;
    double[] fpr = new double[scores.length + 1];
    double[] tpr = new double[scores.length + 1];
    int n = 1;
    long tp = 0;
    long fp = 0;
    for (int i = 0; i < order.length; i++) {
      if (labels[order[i]] == 1) {
        tp++;
      } else {
        fp++;
      }
      boolean tieEnds = i + 1 == order.length || scores[order[i + 1]] != scores[order[i]];
      if (tieEnds) {
        fpr[n] = negatives == 0 ? 0 : (double) fp / negatives;
        tpr[n] = positives == 0 ? 0 : (double) tp / positives;
        n++;
      }
    }
    return new double[][] {Arrays.copyOf(fpr, n), Arrays.copyOf(tpr, n)};
  }

  /** Writes the ROC curve as a {@code width} x {@code height} PNG. */
  public static void write(double[] scores, int[] labels, Path png, int width, int height)
      throws IOException {
    double auc = Metrics.auc(scores, labels);
    PlotCanvas canvas = new PlotCanvas(width, height, 1, 1);
    canvas.frame(
        String.format(Locale.ROOT, "ROC curve (AUC = %.4f, n = %d)", auc, scores.length),
        "False positive rate",
        "True positive rate");
    double[][] c = curve(scores, labels);
    int step = Math.max(1, c[0].length / MAX_POINTS);
    Path2D.Double path = new Path2D.Double();
    path.moveTo(canvas.px(0), canvas.py(0));
    for (int i = 0; i < c[0].length; i += step) {
      path.lineTo(canvas.px(c[0][i]), canvas.py(c[1][i]));
    }
    path.lineTo(canvas.px(c[0][c[0].length - 1]), canvas.py(c[1][c[1].length - 1]));
    var g = canvas.graphics();
    g.setColor(PlotCanvas.CURVE);
    g.setStroke(new BasicStroke(2.5f));
    g.draw(path);
    canvas.legend(0, PlotCanvas.CURVE, "model");
    canvas.legend(1, java.awt.Color.GRAY, "chance (AUC 0.5)");
    canvas.write(png);
  }
}
