package io.aimpoint.ml.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aimpoint.ml.feature.FeatureHasher;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Reads Aimpoint's own impression logs: gzip-compressed JSON Lines, one served impression per line,
 * as the simulator exports them ({@code impressions-<policy>.jsonl.gz}; the columns are listed in
 * docs/simulator.md). The label is {@code clicked}; the group is the user ({@code userKey}, else
 * {@code userId}).
 *
 * <p>Features ({@link #FIELDS}), each one-hot, a missing key or null being the field's missing
 * value:
 *
 * <ul>
 *   <li>user: {@code user} (the pseudonymous key), {@code age} (decade), {@code gender}, {@code
 *       country}, {@code region}, {@code city}, {@code device}, {@code consent};
 *   <li>context: {@code placement}, {@code slot}, {@code site} (the URL's host), {@code
 *       context_category}, {@code language}, {@code keyword} (one feature per keyword), {@code
 *       search} (whether a query was set);
 *   <li>ad: {@code advertiser}, {@code campaign}, {@code creative}, {@code creative_category},
 *       {@code creative_language}, {@code bid_type};
 *   <li>history and time: {@code exposures} (the user's impressions of the campaign in the last 24
 *       h, capped at 5), {@code hour_of_day} and {@code weekday} (UTC).
 * </ul>
 *
 * Not used, because the engine does not know them when it decides: {@code bot}, the outcomes, the
 * true probabilities, the price. The simulator's {@code pageCategory} is the page's true category;
 * in serving its place is taken by the categorizer's estimate. {@link #hasher(int)} adds the
 * crosses {@link #CROSSES} so that a linear model can learn user and context affinities for ad
 * categories.
 *
 * <p>The true click probability ({@code truePCtr}), when a line has it, is kept beside the example
 * ({@link #truePCtr(Example)}) so that evaluation can report the Bayes-optimal AUC and log-loss.
 */
public final class LogsReader extends LineExampleReader {
  /** The feature fields, in this order. */
  public static final List<String> FIELDS =
      List.of(
          "user",
          "age",
          "gender",
          "country",
          "region",
          "city",
          "device",
          "consent",
          "placement",
          "slot",
          "site",
          "context_category",
          "language",
          "keyword",
          "search",
          "advertiser",
          "campaign",
          "creative",
          "creative_category",
          "creative_language",
          "bid_type",
          "exposures",
          "hour_of_day",
          "weekday");

  /** The crosses {@link #hasher(int)} declares, as pairs of field names. */
  public static final List<List<String>> CROSSES =
      List.of(
          List.of("context_category", "creative_category"),
          List.of("user", "creative_category"),
          List.of("placement", "slot"),
          List.of("language", "creative_language"));

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_EXPOSURES = 5;

  private final RowAssembler row;
  private final int[] fieldIds = new int[FIELDS.size()];
  private Example lastExample;
  private double lastTruth = Double.NaN;
  private Instant firstTime;
  private Instant lastTime;

  /** Reads from {@code in}. The hasher must know the {@link #FIELDS} (it may have more). */
  public LogsReader(BufferedReader in, String source, FeatureHasher hasher, ReaderOptions options) {
    super(in, source, options);
    this.row = new RowAssembler(hasher);
    for (int i = 0; i < fieldIds.length; i++) {
      fieldIds[i] = hasher.fieldId(FIELDS.get(i));
    }
  }

  /** Opens a plain or gzipped log file. */
  public static LogsReader open(Path path, FeatureHasher hasher) throws IOException {
    return new LogsReader(Inputs.open(path), path.toString(), hasher, ReaderOptions.DEFAULTS);
  }

  /** A global-layout hasher over {@link #FIELDS} with the {@link #CROSSES}. */
  public static FeatureHasher hasher(int bits) {
    FeatureHasher hasher = FeatureHasher.global(FIELDS, bits);
    for (List<String> cross : CROSSES) {
      hasher = hasher.withCross(cross.get(0), cross.get(1));
    }
    return hasher;
  }

  /**
   * The true click probability logged with {@code example}, or NaN when the line had none. Known
   * for the example most recently returned by {@link #next()} only (the reader keeps no history).
   */
  public double truePCtr(Example example) {
    return example == lastExample ? lastTruth : Double.NaN;
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
    JsonNode clicked = root.get("clicked");
    if (clicked == null || !clicked.isBoolean()) {
      throw new BadLineException("'clicked' must be true or false");
    }
    Instant time = time(root);
    double truth = truth(root);
    row.reset();
    userFeatures(root);
    contextFeatures(root);
    adFeatures(root, time);
    Example example =
        new Example(clicked.booleanValue() ? 1 : 0, row.build(), Example.groupId(userOf(root)));
    lastExample = example;
    lastTruth = truth;
    if (time != null) {
      firstTime = firstTime == null || time.isBefore(firstTime) ? time : firstTime;
      lastTime = lastTime == null || time.isAfter(lastTime) ? time : lastTime;
    }
    return example;
  }

  private void userFeatures(JsonNode root) {
    text(0, userOf(root));
    JsonNode age = root.get("age");
    if (age != null && age.isNumber()) {
      row.token(fieldIds[1], age.asInt() / 10, 1f);
    } else {
      row.missing(fieldIds[1]);
    }
    text(2, root, "gender");
    text(3, root, "country");
    text(4, root, "region");
    text(5, root, "city");
    text(6, root, "device");
    text(7, root, "consent");
  }

  private void contextFeatures(JsonNode root) {
    text(8, root, "placementId");
    text(9, root, "slot");
    text(10, host(textOf(root, "url")));
    text(11, root, "pageCategory");
    text(12, root, "language");
    JsonNode keywords = root.get("keywords");
    if (keywords != null && keywords.isArray() && !keywords.isEmpty()) {
      for (JsonNode k : keywords) {
        text(13, k.asText());
      }
    } else {
      row.missing(fieldIds[13]);
    }
    String query = textOf(root, "query");
    text(14, query == null || query.isBlank() ? "no" : "yes");
  }

  private void adFeatures(JsonNode root, Instant time) {
    text(15, root, "advertiserId");
    text(16, root, "campaignId");
    text(17, root, "creativeId");
    text(18, root, "creativeCategory");
    text(19, root, "creativeLanguage");
    text(20, root, "bidType");
    JsonNode exposures = root.get("exposures");
    if (exposures != null && exposures.isNumber()) {
      row.token(fieldIds[21], Math.min(MAX_EXPOSURES, Math.max(0, exposures.asInt())), 1f);
    } else {
      row.missing(fieldIds[21]);
    }
    if (time == null) {
      row.missing(fieldIds[22]);
      row.missing(fieldIds[23]);
    } else {
      ZonedDateTime utc = time.atZone(ZoneOffset.UTC);
      row.token(fieldIds[22], utc.getHour(), 1f);
      row.token(fieldIds[23], utc.getDayOfWeek().getValue(), 1f);
    }
  }

  private void text(int field, JsonNode root, String key) {
    text(field, textOf(root, key));
  }

  private void text(int field, String value) {
    if (value == null) {
      row.missing(fieldIds[field]);
    } else {
      row.categorical(fieldIds[field], value, 0, value.length());
    }
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

  private static double truth(JsonNode root) {
    JsonNode p = root.get("truePCtr");
    if (p == null || !p.isNumber()) {
      return Double.NaN;
    }
    double v = p.asDouble();
    if (!(v >= 0 && v <= 1)) {
      throw new BadLineException("'truePCtr' is not a probability: " + v);
    }
    return v;
  }

  /** The host of a URL, without parsing it fully (logged URLs need not be valid URIs). */
  static String host(String url) {
    if (url == null) {
      return null;
    }
    int start = url.indexOf("://");
    start = start < 0 ? 0 : start + 3;
    int end = start;
    while (end < url.length() && "/?#:".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    return end == start ? null : url.substring(start, end);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
