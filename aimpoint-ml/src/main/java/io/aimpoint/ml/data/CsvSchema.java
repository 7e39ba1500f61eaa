package io.aimpoint.ml.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Describes a delimited text file of CTR data: which column is the label, which are categorical,
 * which numeric (log-bucketed), and which holds the group (user) id.
 *
 * <p>Loaded from a JSON file ({@code .json}) or a properties file (anything else):
 *
 * <pre>{@code
 * {"label": "clicked", "categorical": ["site", "ad"], "numeric": ["price"],
 *  "group": "user", "separator": ",", "header": true}
 * }</pre>
 *
 * <pre>{@code
 * label=clicked
 * categorical=site,ad
 * numeric=price
 * group=user
 * separator=tab
 * header=false
 * columns=clicked,user,site,ad,price
 * }</pre>
 *
 * Without a header row, {@code columns} names the columns in order. {@code separator} is one
 * character, or {@code tab}/{@code \t}; it defaults to a comma. Columns not named are ignored.
 *
 * @param label the label column
 * @param categorical categorical feature columns
 * @param numeric numeric feature columns
 * @param group the group column, or null
 * @param separator the column separator
 * @param header whether the first line names the columns
 * @param columns column names in order when there is no header; empty otherwise
 */
public record CsvSchema(
    String label,
    List<String> categorical,
    List<String> numeric,
    String group,
    char separator,
    boolean header,
    List<String> columns) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public CsvSchema {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("schema needs a label column; label=" + label);
    }
    categorical = List.copyOf(categorical);
    numeric = List.copyOf(numeric);
    columns = List.copyOf(columns);
    if (categorical.isEmpty() && numeric.isEmpty()) {
      throw new IllegalArgumentException("schema needs at least one feature column");
    }
    if (!header && columns.isEmpty()) {
      throw new IllegalArgumentException("a schema without a header row must list its columns");
    }
  }

  /** Feature field names: categorical then numeric columns. */
  public List<String> fieldNames() {
    List<String> names = new ArrayList<>(categorical);
    names.addAll(numeric);
    return List.copyOf(names);
  }

  /** Loads a schema from a {@code .json} or properties file. */
  public static CsvSchema load(Path path) throws IOException {
    String text = Files.readString(path, StandardCharsets.UTF_8);
    return path.getFileName().toString().endsWith(".json")
        ? fromJson(text)
        : fromProperties(new StringReader(text));
  }

  /** Parses the JSON form. */
  public static CsvSchema fromJson(String json) throws IOException {
    JsonNode root = JSON.readTree(json);
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("schema JSON must be an object; json=" + json);
    }
    return new CsvSchema(
        text(root, "label"),
        list(root, "categorical"),
        list(root, "numeric"),
        text(root, "group"),
        separator(root.hasNonNull("separator") ? root.get("separator").asText() : null),
        !root.hasNonNull("header") || root.get("header").asBoolean(),
        list(root, "columns"));
  }

  /** Parses the properties form. */
  public static CsvSchema fromProperties(Reader reader) throws IOException {
    Properties p = new Properties();
    p.load(reader);
    return new CsvSchema(
        p.getProperty("label"),
        split(p.getProperty("categorical")),
        split(p.getProperty("numeric")),
        p.getProperty("group"),
        separator(p.getProperty("separator")),
        Boolean.parseBoolean(p.getProperty("header", "true").strip()),
        split(p.getProperty("columns")));
  }

  private static String text(JsonNode root, String key) {
    return root.hasNonNull(key) ? root.get(key).asText() : null;
  }

  private static List<String> list(JsonNode root, String key) {
    List<String> out = new ArrayList<>();
    if (root.hasNonNull(key)) {
      root.get(key).forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  private static List<String> split(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
  }

  private static char separator(String text) {
    if (text == null || text.isEmpty()) {
      return ',';
    }
    if (text.equals("tab") || text.equals("\\t") || text.equals("\t")) {
      return '\t';
    }
    if (text.length() != 1) {
      throw new IllegalArgumentException("separator must be one character; separator=" + text);
    }
    return text.charAt(0);
  }
}
