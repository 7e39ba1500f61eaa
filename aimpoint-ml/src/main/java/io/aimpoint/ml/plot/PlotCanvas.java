package io.aimpoint.ml.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A white image with a titled, labelled plot area over data coordinates [0, xMax] x [0, yMax],
 * ticks every tenth, a grid, and a dashed y = x reference. Call {@link #dispose()} or {@link
 * #write(Path)} when done.
 */
final class PlotCanvas {
  static final Color CURVE = new Color(0x1f77b4);
  static final Color BARS = new Color(0xff7f0e);

  private static final int MARGIN_LEFT = 70;
  private static final int MARGIN_RIGHT = 25;
  private static final int MARGIN_TOP = 50;
  private static final int MARGIN_BOTTOM = 60;

  static {
    // Image drawing must work on servers and CI without a display.
    System.setProperty("java.awt.headless", "true");
  }

  private final BufferedImage image;
  private final Graphics2D g;
  private final double xMax;
  private final double yMax;
  private final int plotWidth;
  private final int plotHeight;

  PlotCanvas(int width, int height, double xMax, double yMax) {
    if (width < 200 || height < 200) {
      throw new IllegalArgumentException(
          "image must be at least 200x200; width=" + width + ", height=" + height);
    }
    this.image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    this.g = image.createGraphics();
    this.xMax = xMax;
    this.yMax = yMax;
    this.plotWidth = width - MARGIN_LEFT - MARGIN_RIGHT;
    this.plotHeight = height - MARGIN_TOP - MARGIN_BOTTOM;
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
  }

  double px(double x) {
    return MARGIN_LEFT + x / xMax * plotWidth;
  }

  double py(double y) {
    return MARGIN_TOP + plotHeight - y / yMax * plotHeight;
  }

  Graphics2D graphics() {
    return g;
  }

  /** Grid, ticks, the axis box, labels, the title and the diagonal reference. */
  void frame(String title, String xLabel, String yLabel) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    FontMetrics fm = g.getFontMetrics();
    for (int i = 0; i <= 10; i++) {
      double x = xMax * i / 10;
      double y = yMax * i / 10;
      g.setColor(new Color(0xeeeeee));
      g.draw(new Line2D.Double(px(x), py(0), px(x), py(yMax)));
      g.draw(new Line2D.Double(px(0), py(y), px(xMax), py(y)));
      g.setColor(Color.DARK_GRAY);
      String xt = tick(x);
      g.drawString(xt, (float) (px(x) - fm.stringWidth(xt) / 2.0), (float) py(0) + 16);
      String yt = tick(y);
      g.drawString(yt, (float) (px(0) - fm.stringWidth(yt) - 6), (float) py(y) + 4);
    }
    g.setColor(Color.GRAY);
    g.setStroke(
        new BasicStroke(
            1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f}, 0));
    double diag = Math.min(xMax, yMax);
    g.draw(new Line2D.Double(px(0), py(0), px(diag), py(diag)));
    g.setStroke(new BasicStroke(1f));
    g.setColor(Color.BLACK);
    g.drawRect(MARGIN_LEFT, MARGIN_TOP, plotWidth, plotHeight);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    fm = g.getFontMetrics();
    g.drawString(
        xLabel,
        (float) (MARGIN_LEFT + (plotWidth - fm.stringWidth(xLabel)) / 2.0),
        (float) py(0) + 42);
    AffineTransform saved = g.getTransform();
    g.rotate(-Math.PI / 2);
    g.drawString(yLabel, (float) -(MARGIN_TOP + (plotHeight + fm.stringWidth(yLabel)) / 2.0), 20f);
    g.setTransform(saved);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    fm = g.getFontMetrics();
    g.drawString(title, (float) ((image.getWidth() - fm.stringWidth(title)) / 2.0), 30f);
  }

  /** A legend entry in the plot's top left corner, {@code row} 0-based. */
  void legend(int row, Color color, String text) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    int x = MARGIN_LEFT + 12;
    int y = MARGIN_TOP + 20 + row * 18;
    g.setColor(color);
    g.fillRect(x, y - 9, 14, 10);
    g.setColor(Color.BLACK);
    g.drawString(text, x + 20, y);
  }

  private static String tick(double v) {
    String s = String.format(Locale.ROOT, "%.3f", v);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s + "0" : s;
  }

  void write(Path png) throws IOException {
    g.dispose();
    Path parent = png.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (!ImageIO.write(image, "png", png.toFile())) {
      throw new IOException("no PNG writer available");
    }
  }

  void dispose() {
    g.dispose();
  }
}
