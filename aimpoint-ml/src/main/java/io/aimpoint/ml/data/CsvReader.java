package io.aimpoint.ml.data;

import io.aimpoint.ml.feature.FeatureHasher;
import io.aimpoint.ml.feature.LogBucketizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads delimited text described by a {@link CsvSchema}. Fields may be quoted with {@code "} (a
 * doubled quote inside is a literal quote); records may not span lines. Empty values, and {@code
 * NA}/{@code null}/{@code NaN} in numeric columns, are missing values.
 */
public final class CsvReader extends LineExampleReader {
  private static final Set<String> NUMERIC_MISSING = Set.of("", "na", "nan", "null", "none");

  private final CsvSchema schema;
  private final RowAssembler row;
  private final LogBucketizer buckets;
  private final int columnCount;
  private final int labelColumn;
  private final int groupColumn;
  private final int[] categoricalColumns;
  private final int[] categoricalFields;
  private final int[] numericColumns;
  private final int[] numericFields;
  private final List<String> values = new ArrayList<>();

  /** Reads from {@code in} (its header row first, if the schema has one). */
  public CsvReader(
      BufferedReader in,
      String source,
      CsvSchema schema,
      FeatureHasher hasher,
      ReaderOptions options) {
    super(in, source, options);
    this.schema = schema;
    this.row = new RowAssembler(hasher);
    this.buckets = new LogBucketizer(2);
    List<String> names = schema.header() ? headerNames(source) : schema.columns();
    this.columnCount = names.size();
    this.labelColumn = column(names, schema.label(), source);
    this.groupColumn = schema.group() == null ? -1 : column(names, schema.group(), source);
    this.categoricalColumns = columns(names, schema.categorical(), source);
    this.numericColumns = columns(names, schema.numeric(), source);
    this.categoricalFields = schema.categorical().stream().mapToInt(hasher::fieldId).toArray();
    this.numericFields = schema.numeric().stream().mapToInt(hasher::fieldId).toArray();
  }

  /** Opens a plain or gzipped file. */
  public static CsvReader open(Path path, CsvSchema schema, FeatureHasher hasher)
      throws IOException {
    BufferedReader in = Inputs.open(path);
    try {
      return new CsvReader(in, path.toString(), schema, hasher, ReaderOptions.DEFAULTS);
    } catch (RuntimeException | Error e) {
      in.close();
      throw e;
    }
  }

  private List<String> headerNames(String source) {
    String header = readLine();
    if (header == null) {
      throw new IllegalArgumentException("CSV input has no header row; source=" + source);
    }
    List<String> names = new ArrayList<>();
    split(header, schema.separator(), names);
    return names.stream().map(String::strip).toList();
  }

  private static int column(List<String> names, String name, String source) {
    int c = names.indexOf(name);
    if (c < 0) {
      throw new IllegalArgumentException(
          "column not found; column=" + name + ", columns=" + names + ", source=" + source);
    }
    return c;
  }

  private static int[] columns(List<String> names, List<String> wanted, String source) {
    return wanted.stream().mapToInt(name -> column(names, name, source)).toArray();
  }

  @Override
  Example parse(String line, long lineNumber) {
    split(line, schema.separator(), values);
    if (values.size() != columnCount) {
      throw new BadLineException("expected " + columnCount + " columns, got " + values.size());
    }
    row.reset();
    String labelText = values.get(labelColumn);
    int label = Labels.parse(labelText, 0, labelText.length());
    for (int i = 0; i < categoricalColumns.length; i++) {
      String v = values.get(categoricalColumns[i]);
      row.categorical(categoricalFields[i], v, 0, v.length());
    }
    for (int i = 0; i < numericColumns.length; i++) {
      numeric(numericFields[i], values.get(numericColumns[i]));
    }
    long group = Example.NO_GROUP;
    if (groupColumn >= 0 && !values.get(groupColumn).isEmpty()) {
      group = Example.groupId(values.get(groupColumn));
    }
    return new Example(label, row.build(), group);
  }

  private void numeric(int field, String text) {
    String t = text.strip();
    if (NUMERIC_MISSING.contains(t.toLowerCase(java.util.Locale.ROOT))) {
      row.missing(field);
      return;
    }
    double v;
    try {
      v = Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw new BadLineException(
          "numeric column " + row.hasher().fieldName(field) + " '" + t + "' is not a number");
    }
    int bucket = buckets.bucket(v);
    if (bucket == LogBucketizer.NOT_A_NUMBER) {
      row.missing(field);
    } else {
      row.token(field, bucket, 1f);
    }
  }

  /** Splits one line into {@code out}, honouring double quotes. */
  static void split(String line, char separator, List<String> out) {
    out.clear();
    StringBuilder value = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c != '"') {
          value.append(c);
        } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
          value.append('"');
          i++;
        } else {
          quoted = false;
        }
      } else if (c == separator) {
        out.add(value.toString());
        value.setLength(0);
      } else if (c == '"' && value.isEmpty()) {
        quoted = true;
      } else {
        value.append(c);
      }
    }
    if (quoted) {
      throw new BadLineException("unterminated quote");
    }
    out.add(value.toString());
  }
}
