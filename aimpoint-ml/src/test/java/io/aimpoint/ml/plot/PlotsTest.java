package io.aimpoint.ml.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aimpoint.ml.eval.Metrics;
import io.aimpoint.ml.eval.ReliabilityTable;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotsTest {
  @TempDir Path dir;
  double[] scores;
  int[] labels;

  @BeforeEach
  void predictions() {
    Random r = new Random(5);
    scores = new double[3000];
    labels = new int[3000];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = 0.1 * r.nextDouble();
      labels[i] = r.nextDouble() < scores[i] * 1.2 ? 1 : 0;
    }
  }

  @Test
  void roc_plot_is_a_png_of_the_requested_size() throws IOException {
    Path png = dir.resolve("plots/roc.png");
    RocPlot.write(scores, labels, png, 640, 480);
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(640);
    assertThat(image.getHeight()).isEqualTo(480);
    assertThat(image.getRGB(5, 5) & 0xffffff).isEqualTo(0xffffff); // white background
  }

  @Test
  void reliability_plot_is_a_png_of_the_requested_size() throws IOException {
    Path png = dir.resolve("reliability.png");
    ReliabilityPlot.write(
        ReliabilityTable.of(scores, labels, 10, ReliabilityTable.Binning.EQUAL_MASS),
        png,
        800,
        600);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(800);
    assertThat(image.getHeight()).isEqualTo(600);
  }

  @Test
  void the_area_under_the_drawn_roc_curve_is_the_auc() {
    double[][] c = RocPlot.curve(scores, labels);
    double area = 0;
    for (int i = 1; i < c[0].length; i++) {
      area += (c[0][i] - c[0][i - 1]) * (c[1][i] + c[1][i - 1]) / 2;
    }
    assertThat(area).isCloseTo(Metrics.auc(scores, labels), within(1e-9));
    assertThat(c[0][c[0].length - 1]).isEqualTo(1.0);
    assertThat(c[1][c[1].length - 1]).isEqualTo(1.0);
  }

  @Test
  void reliability_axes_end_at_a_round_value_above_the_largest_rate() {
    assertThat(ReliabilityPlot.niceCeiling(0.043)).isEqualTo(0.05, within(1e-12));
    assertThat(ReliabilityPlot.niceCeiling(0.0951)).isEqualTo(0.1, within(1e-12));
    assertThat(ReliabilityPlot.niceCeiling(0.7)).isEqualTo(1.0);
  }
}
