package io.aimpoint.ml.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aimpoint.core.event.FeatureSnapshot;
import io.aimpoint.ml.feature.SnapshotEncoder;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads Aimpoint's impression logs: gzip-compressed (or plain) JSON Lines, one served and impressed
 * ad per line ({@link LoggedImpression}), as {@code ./aimpoint export-training} writes them from
 * the engine's event log and {@code ./aimpoint simulate --export-logs} writes them with the
 * simulator's ground truth added. The features are rebuilt from the logged raw snapshots ({@code
 * request}, {@code candidate}) by a {@link SnapshotEncoder}, the same code serving scores with, so
 * training sees exactly the features serving saw (docs/features.md).
 *
 * <p>The label is {@code clicked}, or {@code converted} for a CVR model ({@link Label}); the group
 * is the user ({@code userKey}, else {@code userId}). Columns the engine could not know when it
 * decided ({@code bot}, outcomes, true probabilities) never become features. The true click and
 * conversion probabilities ({@code truePCtr}, {@code truePCvr}), when a line has them, are kept
 * beside the example ({@link #truePCtr(Example)}) so that evaluation can report the Bayes-optimal
 * AUC and log-loss.
 */
public final class LogsReader extends LineExampleReader {
  /** Which outcome is the label. */
  public enum Label {
    /** {@code clicked}: a CTR model. */
    CLICKED,
    /** {@code converted}: a CVR model (train it on clicked lines for p(conversion | click)). */
    CONVERTED
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SnapshotEncoder encoder;
  private final Label label;
  private Example lastExample;
  private double lastTruth = Double.NaN;
  private double lastTruthCvr = Double.NaN;
  private boolean lastClicked;
  private Instant firstTime;
  private Instant lastTime;

  /** Reads from {@code in} with the click as the label. */
  public LogsReader(
      BufferedReader in, String source, SnapshotEncoder encoder, ReaderOptions options) {
    this(in, source, encoder, options, Label.CLICKED);
  }

  /** Reads from {@code in} with {@code label} as the label. */
  public LogsReader(
      BufferedReader in,
      String source,
      SnapshotEncoder encoder,
      ReaderOptions options,
      Label label) {
    super(in, source, options);
    this.encoder = encoder;
    this.label = label;
  }

  /** Opens a plain or gzipped log file. */
  public static LogsReader open(Path path, SnapshotEncoder encoder) throws IOException {
    return new LogsReader(Inputs.open(path), path.toString(), encoder, ReaderOptions.DEFAULTS);
  }

  /**
   * The true click probability logged with {@code example}, or NaN when the line had none. Known
   * for the example most recently returned by {@link #next()} only (the reader keeps no history).
   */
  public double truePCtr(Example example) {
    return example == lastExample ? lastTruth : Double.NaN;
  }

  /** The true p(conversion | click) logged with {@code example}, as {@link #truePCtr}. */
  public double truePCvr(Example example) {
    return example == lastExample ? lastTruthCvr : Double.NaN;
  }

  /** Whether {@code example}'s impression was clicked (known for the latest example only). */
  public boolean clicked(Example example) {
    return example == lastExample && lastClicked;
  }

  /** The earliest and latest {@code time} of the good lines read so far, if any had one. */
  public Optional<TimeRange> timeRange() {
    return firstTime == null ? Optional.empty() : Optional.of(new TimeRange(firstTime, lastTime));
  }

  /** The span of the logged request times. */
  public record TimeRange(Instant first, Instant last) {}

  @Override
  Example parse(String line, long lineNumber) {
    JsonNode root;
    try {
      root = JSON.readTree(line);
    } catch (IOException e) {
      throw new BadLineException("not JSON: " + firstLine(e.getMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new BadLineException("not a JSON object");
    }
    boolean clicked = flag(root, "clicked");
    boolean converted = label == Label.CONVERTED ? flag(root, "converted") : false;
    Instant time = time(root);
    double truth = probability(root, "truePCtr");
    double truthCvr = probability(root, "truePCvr");
    if (!root.has("request") && !root.has("candidate")) {
      throw new BadLineException(
          "no feature snapshots ('request', 'candidate'): a log of an older format; re-export it");
    }
    FeatureSnapshot request = LoggedImpressions.snapshot(root.get("request"), "request");
    FeatureSnapshot candidate = LoggedImpressions.snapshot(root.get("candidate"), "candidate");
    JsonNode slot = root.get("slot");
    if (slot != null && !slot.isNull()) {
      if (!slot.canConvertToInt() || slot.asInt() < 0) {
        throw new BadLineException("'slot' must be a non-negative integer");
      }
      candidate = candidate.withNumber(LoggedImpression.POSITION, slot.asInt());
    }
    Features features = encoder.encode(request, candidate);
    int y = (label == Label.CLICKED ? clicked : converted) ? 1 : 0;
    String user = userOf(root);
    Example example =
        new Example(y, features, user == null ? Example.NO_GROUP : Example.groupId(user));
    lastExample = example;
    lastTruth = truth;
    lastTruthCvr = truthCvr;
    lastClicked = clicked;
    if (time != null) {
      firstTime = firstTime == null || time.isBefore(firstTime) ? time : firstTime;
      lastTime = lastTime == null || time.isAfter(lastTime) ? time : lastTime;
    }
    return example;
  }

  private static boolean flag(JsonNode root, String key) {
    JsonNode v = root.get(key);
    if (v == null || !v.isBoolean()) {
      throw new BadLineException("'" + key + "' must be true or false");
    }
    return v.booleanValue();
  }

  private static String textOf(JsonNode root, String key) {
    JsonNode node = root.get(key);
    return node == null || node.isNull() ? null : node.asText();
  }

  private static String userOf(JsonNode root) {
    String key = textOf(root, "userKey");
    return key != null ? key : textOf(root, "userId");
  }

  private static Instant time(JsonNode root) {
    String text = textOf(root, "time");
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeException e) {
      throw new BadLineException("'time' is not an ISO-8601 instant: " + text);
    }
  }

  private static double probability(JsonNode root, String key) {
    JsonNode p = root.get(key);
    if (p == null || !p.isNumber()) {
      return Double.NaN;
    }
    double v = p.asDouble();
    if (!(v >= 0 && v <= 1)) {
      throw new BadLineException("'" + key + "' is not a probability: " + v);
    }
    return v;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
