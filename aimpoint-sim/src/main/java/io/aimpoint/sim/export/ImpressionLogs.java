package io.aimpoint.sim.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes and reads impression logs: {@code impressions-<policy>.jsonl.gz}, UTF-8 JSON Lines, one
 * {@link ImpressionRecord} per line, gzip-compressed.
 */
public final class ImpressionLogs {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private ImpressionLogs() {}

  /** The log file of {@code policy} in {@code dir}. */
  public static Path file(Path dir, String policy) {
    return dir.resolve("impressions-" + policy + ".jsonl.gz");
  }

  /** Opens (replacing) the log of {@code policy} in {@code dir}, creating the directory. */
  public static ImpressionSink writer(Path dir, String policy) throws IOException {
    Files.createDirectories(dir);
    BufferedWriter out =
        new BufferedWriter(
            new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file(dir, policy)), 1 << 16),
                StandardCharsets.UTF_8),
            1 << 16);
    return new ImpressionSink() {
      @Override
      public void write(ImpressionRecord record) {
        try {
          out.write(JSON.writeValueAsString(record));
          out.write('\n');
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write the impression log", e);
        }
      }

      @Override
      public void close() {
        try {
          out.close();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot finish the impression log", e);
        }
      }
    };
  }

  /** Every record of a log file, in order. */
  public static List<ImpressionRecord> read(Path file) throws IOException {
    List<ImpressionRecord> records = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        records.add(parse(line));
      }
    }
    return records;
  }

  /** One line of a log. */
  public static ImpressionRecord parse(String line) {
    try {
      return JSON.readValue(line, ImpressionRecord.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not an impression record: " + e.getOriginalMessage(), e);
    }
  }
}
