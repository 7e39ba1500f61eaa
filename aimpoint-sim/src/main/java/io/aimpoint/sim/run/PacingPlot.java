package io.aimpoint.sim.run;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws pacing as a PNG (Java2D, headless): one panel per day, cumulative spend (solid) and plan
 * (dashed) per campaign as a share of its daily budget against the UTC hour, with a legend and the
 * day's pacing error in each panel's title.
 */
public final class PacingPlot {
  private static final Color[] PALETTE = {
    new Color(0x1f77b4),
    new Color(0xd62728),
    new Color(0x2ca02c),
    new Color(0x9467bd),
    new Color(0xff7f0e),
    new Color(0x8c564b)
  };
  private static final int PANEL_WIDTH = 620;
  private static final int HEIGHT = 480;
  private static final int LEFT = 70;
  private static final int RIGHT = 20;
  private static final int TOP = 60;
  private static final int BOTTOM = 60;
  private static final Stroke SOLID = new BasicStroke(2.2f);
  private static final Stroke DASHED =
      new BasicStroke(
          1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 5}, 0);

  static {
    // Image drawing must work on servers and CI without a display.
    System.setProperty("java.awt.headless", "true");
  }

  private PacingPlot() {}

  /**
   * Writes the days' {@code perDay} largest campaigns to {@code file}.
   *
   * @param title the figure's title (the setting and the world)
   */
  public static void write(
      Path file, String title, List<PacingMeasurement.DayReport> days, int perDay)
      throws IOException {
    if (days.isEmpty()) {
      throw new IllegalArgumentException("nothing to plot: no days");
    }
    BufferedImage image =
        new BufferedImage(PANEL_WIDTH * days.size(), HEIGHT + 30, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
      g.drawString(title, LEFT, 22);
      for (int i = 0; i < days.size(); i++) {
        panel(g, i * PANEL_WIDTH, 30, days.get(i), perDay);
      }
    } finally {
      g.dispose();
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    ImageIO.write(image, "png", file.toFile());
  }

  private static void panel(
      Graphics2D g, int x0, int y0, PacingMeasurement.DayReport day, int perDay) {
    int w = PANEL_WIDTH - LEFT - RIGHT;
    int h = HEIGHT - TOP - BOTTOM;
    int px = x0 + LEFT;
    int py = y0 + TOP;
    List<PacingMeasurement.CampaignDay> top = day.top(perDay);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    g.setColor(Color.BLACK);
    g.drawString(
        String.format(
            Locale.ROOT,
            "Day %d: pacing error %.1f%% (these %d), utilisation %.0f%%",
            day.day(),
            100 * PacingMeasurement.DayReport.meanError(top),
            top.size(),
            100 * PacingMeasurement.DayReport.meanUtilisation(top)),
        px,
        y0 + 30);
    axes(g, px, py, w, h);
    for (int i = 0; i < top.size(); i++) {
      PacingMeasurement.CampaignDay c = top.get(i);
      g.setColor(PALETTE[i % PALETTE.length]);
      g.setStroke(SOLID);
      g.draw(line(c.spendMicros(), c.dailyMicros(), px, py, w, h));
      g.setStroke(DASHED);
      g.draw(line(c.planMicros(), c.dailyMicros(), px, py, w, h));
    }
    legend(g, px + 10, py + 10, top);
  }

  private static void axes(Graphics2D g, int px, int py, int w, int h) {
    g.setStroke(new BasicStroke(1f));
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    for (int hour = 0; hour <= 24; hour += 3) {
      int x = px + hour * w / 24;
      g.setColor(new Color(0xe6e6e6));
      g.drawLine(x, py, x, py + h);
      g.setColor(Color.DARK_GRAY);
      g.drawString(Integer.toString(hour), x - 5, py + h + 16);
    }
    for (int tenth = 0; tenth <= 10; tenth += 2) {
      int y = py + h - tenth * h / 10;
      g.setColor(new Color(0xe6e6e6));
      g.drawLine(px, y, px + w, y);
      g.setColor(Color.DARK_GRAY);
      g.drawString(tenth * 10 + "%", px - 38, y + 4);
    }
    g.setColor(Color.BLACK);
    g.drawRect(px, py, w, h);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.drawString("hour of the day (UTC)", px + w / 2 - 60, py + h + 40);
    Graphics2D rotated = (Graphics2D) g.create();
    rotated.rotate(-Math.PI / 2);
    rotated.drawString("cumulative spend / daily budget", -(py + h / 2 + 90), px - 48);
    rotated.dispose();
  }

  private static Path2D line(long[] micros, long daily, int px, int py, int w, int h) {
    Path2D.Double path = new Path2D.Double();
    for (int hour = 0; hour <= 24; hour++) {
      double x = px + hour * (double) w / 24;
      double y = py + h - Math.min(1.05, micros[hour] / (double) daily) * h;
      if (hour == 0) {
        path.moveTo(x, y);
      } else {
        path.lineTo(x, y);
      }
    }
    return path;
  }

  private static void legend(
      Graphics2D g, int x, int y, List<PacingMeasurement.CampaignDay> campaigns) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    int rows = campaigns.size() + 1;
    g.setColor(new Color(255, 255, 255, 225));
    g.fillRect(x, y, 250, rows * 16 + 8);
    g.setColor(Color.GRAY);
    g.setStroke(new BasicStroke(1f));
    g.drawRect(x, y, 250, rows * 16 + 8);
    g.setColor(Color.BLACK);
    g.drawString("solid: spend   dashed: plan", x + 8, y + 16);
    for (int i = 0; i < campaigns.size(); i++) {
      PacingMeasurement.CampaignDay c = campaigns.get(i);
      int ly = y + 16 * (i + 2);
      g.setColor(PALETTE[i % PALETTE.length]);
      g.setStroke(SOLID);
      g.drawLine(x + 8, ly - 4, x + 30, ly - 4);
      g.setColor(Color.BLACK);
      g.drawString(
          String.format(
              Locale.ROOT,
              "%s (budget %.2f, err %.1f%%)",
              label(g.getFont(), c),
              c.dailyMicros() / 1e6,
              100 * c.error()),
          x + 36,
          ly);
    }
  }

  /**
   * The campaign's name, or the simulator key at its end ({@code #adv-12-c4}) where the font lacks
   * glyphs for it (headless JDKs often have no CJK font).
   */
  private static String label(Font font, PacingMeasurement.CampaignDay c) {
    String name = c.name();
    if (font.canDisplayUpTo(name) != -1) {
      int hash = name.lastIndexOf('#');
      name = hash >= 0 ? name.substring(hash) : c.campaignId();
    }
    return name.length() <= 24 ? name : name.substring(0, 23) + "…";
  }
}
