package io.aimpoint.ml.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The conversion view of an impression log: the same JSON Lines restricted to clicked impressions,
 * each relabelled so that {@code clicked} holds whether the click converted ({@code converted}) and
 * {@code truePCtr} holds the true p(conversion | click) ({@code truePCvr}; removed when the line
 * has none, so that no Bayes-optimal value is computed from the wrong probability). Reading the
 * view with the logs reader therefore yields CVR examples with exactly the features of the CTR
 * examples, whatever those features are.
 *
 * <p>Impressions that were not clicked become blank lines rather than disappearing, so line numbers
 * in bad-line reports still point into the original file (readers skip blank lines). Lines that are
 * not JSON objects with a boolean {@code clicked} pass through unchanged for the reader to reject;
 * a clicked line without a boolean {@code converted} has its {@code clicked} replaced by the
 * reason, which the reader then rejects as a bad line.
 */
public final class ConversionLogLines extends Reader {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Written without spaces by the simulator's exporter: such lines need no parse at all. */
  private static final String NOT_CLICKED = "\"clicked\":false";

  private final BufferedReader in;
  private String line = "";
  private int position;
  private boolean done;

  /** The conversion view of the impression log {@code in}; closing this closes {@code in}. */
  public ConversionLogLines(BufferedReader in) {
    this.in = in;
  }

  /** The conversion view of one log line: blank when not clicked, else relabelled. */
  public static String relabel(String line) {
    if (line.contains(NOT_CLICKED)) {
      return "";
    }
    if (line.isBlank()) {
      return line;
    }
    JsonNode root;
    try {
      root = JSON.readTree(line);
    } catch (IOException e) {
      return line;
    }
    if (!(root instanceof ObjectNode impression)) {
      return line;
    }
    JsonNode clicked = impression.get("clicked");
    if (clicked == null || !clicked.isBoolean()) {
      return line;
    }
    if (!clicked.booleanValue()) {
      return "";
    }
    JsonNode converted = impression.get("converted");
    if (converted == null || !converted.isBoolean()) {
      impression.put("clicked", "'converted' must be true or false on a clicked impression");
      return impression.toString();
    }
    impression.put("clicked", converted.booleanValue());
    JsonNode truePCvr = impression.get("truePCvr");
    if (truePCvr == null || truePCvr.isNull()) {
      impression.remove("truePCtr");
    } else {
      impression.set("truePCtr", truePCvr);
    }
    return impression.toString();
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (position == line.length() && !advance()) {
      return -1;
    }
    int n = Math.min(length, line.length() - position);
    line.getChars(position, position + n, buffer, offset);
    position += n;
    return n;
  }

  private boolean advance() throws IOException {
    if (done) {
      return false;
    }
    String next = in.readLine();
    if (next == null) {
      done = true;
      return false;
    }
    line = relabel(next) + "\n";
    position = 0;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
