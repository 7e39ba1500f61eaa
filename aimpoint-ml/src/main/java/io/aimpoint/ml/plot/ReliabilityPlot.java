package io.aimpoint.ml.plot;

import io.aimpoint.ml.eval.ReliabilityTable;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The reliability (calibration) diagram: observed click rate against mean predicted probability per
 * bin, with the y = x line of perfect calibration and the ECE in the title. CTRs are small, so the
 * axes span [0, m] where m is a little above the largest bin value, not [0, 1]: on the unit square
 * every point would sit in the corner. Points are sized by the share of predictions in their bin.
 */
public final class ReliabilityPlot {
  private ReliabilityPlot() {}

  /** Writes the diagram of {@code table} as a {@code width} x {@code height} PNG. */
  public static void write(ReliabilityTable table, Path png, int width, int height)
      throws IOException {
    double max = 0;
    for (ReliabilityTable.Bin b : table.bins()) {
      max = Math.max(max, Math.max(b.meanPredicted(), b.observedRate()));
    }
    double axis = niceCeiling(max);
    PlotCanvas canvas = new PlotCanvas(width, height, axis, axis);
    canvas.frame(
        String.format(
            Locale.ROOT,
            "Reliability (ECE = %.4f, %d bins, n = %d)",
            table.ece(),
            table.bins().size(),
            table.count()),
        "Mean predicted probability",
        "Observed click rate");
    var g = canvas.graphics();
    Path2D.Double path = new Path2D.Double();
    boolean first = true;
    for (ReliabilityTable.Bin b : table.bins()) {
      double x = canvas.px(b.meanPredicted());
      double y = canvas.py(b.observedRate());
      if (first) {
        path.moveTo(x, y);
        first = false;
      } else {
        path.lineTo(x, y);
      }
    }
    g.setColor(PlotCanvas.CURVE);
    g.setStroke(new BasicStroke(2f));
    g.draw(path);
    long total = Math.max(1, table.count());
    for (ReliabilityTable.Bin b : table.bins()) {
      double r = 3 + 12 * Math.sqrt((double) b.count() / total);
      g.fill(
          new Ellipse2D.Double(
              canvas.px(b.meanPredicted()) - r, canvas.py(b.observedRate()) - r, 2 * r, 2 * r));
    }
    canvas.legend(0, PlotCanvas.CURVE, "bins (area ~ predictions)");
    canvas.legend(1, Color.GRAY, "perfect calibration");
    canvas.write(png);
  }

  /** The smallest of 1, 2, 2.5, 5 times a power of ten at or above {@code v}; 1 when v >= 0.5. */
  static double niceCeiling(double v) {
    if (!(v > 0) || v >= 0.5) {
      return 1;
    }
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * p >= v * 1.05) {
        return m * p;
      }
    }
    return 10 * p;
  }
}
