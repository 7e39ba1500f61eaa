package io.aimpoint.ml.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.aimpoint.core.event.FeatureSnapshot;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes impression logs ({@link LoggedImpression} per line, gzip-compressed JSON Lines) and reads
 * feature snapshots back from their JSON. The snapshot JSON is the record's own shape: {@code
 * {"tokens": {source: [..]}, "weights": {source: [..]}, "numbers": {source: x}}}; doubles are
 * written in their shortest round-trip form, so a read snapshot equals the written one exactly.
 */
public final class LoggedImpressions {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private LoggedImpressions() {}

  /** A writer of gzip JSON Lines; closing it finishes the file. */
  public interface Writer extends AutoCloseable {
    void write(Object line);

    @Override
    void close();
  }

  /**
   * Opens (replacing) a gzip JSON Lines file; each written object (a {@link LoggedImpression}, or
   * the simulator's superset of it) becomes one line.
   */
  public static Writer writer(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    BufferedWriter out =
        new BufferedWriter(
            new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8),
            1 << 16);
    return new Writer() {
      @Override
      public void write(Object line) {
        try {
          out.write(JSON.writeValueAsString(line));
          out.write('\n');
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write the impression log " + file, e);
        }
      }

      @Override
      public void close() {
        try {
          out.close();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot finish the impression log " + file, e);
        }
      }
    };
  }

  /** One line as JSON. */
  public static String toJson(Object line) {
    try {
      return JSON.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + line, e);
    }
  }

  /**
   * The snapshot in {@code node} ({@link FeatureSnapshot#EMPTY} for a missing or null node).
   *
   * @throws BadLineException naming the key when the JSON does not have the snapshot's shape
   */
  public static FeatureSnapshot snapshot(JsonNode node, String key) {
    if (node == null || node.isNull()) {
      return FeatureSnapshot.EMPTY;
    }
    if (!node.isObject()) {
      throw new BadLineException("'" + key + "' must be an object");
    }
    Map<String, List<String>> tokens = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = members(node, key, "tokens"); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      List<String> values = new ArrayList<>();
      for (JsonNode v : array(e.getValue(), key, "tokens", e.getKey())) {
        if (!v.isTextual()) {
          throw new BadLineException("'" + key + ".tokens." + e.getKey() + "' must hold strings");
        }
        values.add(v.textValue());
      }
      tokens.put(e.getKey(), values);
    }
    Map<String, List<Double>> weights = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = members(node, key, "weights"); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      List<Double> values = new ArrayList<>();
      for (JsonNode v : array(e.getValue(), key, "weights", e.getKey())) {
        values.add(number(v, key + ".weights." + e.getKey()));
      }
      weights.put(e.getKey(), values);
    }
    Map<String, Double> numbers = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = members(node, key, "numbers"); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      numbers.put(e.getKey(), number(e.getValue(), key + ".numbers." + e.getKey()));
    }
    try {
      return new FeatureSnapshot(tokens, weights, numbers);
    } catch (IllegalArgumentException e) {
      throw new BadLineException("'" + key + "': " + e.getMessage());
    }
  }

  private static Iterator<Map.Entry<String, JsonNode>> members(
      JsonNode node, String key, String part) {
    JsonNode p = node.get(part);
    if (p == null || p.isNull()) {
      return java.util.Collections.emptyIterator();
    }
    if (!p.isObject()) {
      throw new BadLineException("'" + key + "." + part + "' must be an object");
    }
    return p.properties().iterator();
  }

  private static JsonNode array(JsonNode node, String key, String part, String source) {
    if (!node.isArray()) {
      throw new BadLineException("'" + key + "." + part + "." + source + "' must be an array");
    }
    return node;
  }

  private static double number(JsonNode v, String where) {
    if (!v.isNumber()) {
      throw new BadLineException("'" + where + "' must be a number");
    }
    return v.doubleValue();
  }
}
