package io.aimpoint.ml.data;

import io.aimpoint.ml.feature.FeatureHasher;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Avazu CTR prediction CSV (Kaggle 2014): a header row, then comma-separated rows with
 * {@code id} (ignored), {@code click} (the label), {@code hour} as {@code YYMMDDHH}, and
 * categorical columns. {@code hour} becomes two fields, {@code hour_of_day} (0-23) and {@code
 * weekday} (1-7, Monday = 1): the date itself would not generalise to the next day. Every other
 * column is categorical; an empty value is that field's missing value.
 *
 * <p>Columns are matched by header name against the hasher's fields, so the reader accepts Avazu
 * files with columns in any order; a column the hasher does not know is a configuration error
 * reported when the reader is created.
 */
public final class AvazuReader extends LineExampleReader {
  /** Field names of the official Avazu train.csv. */
  public static final List<String> FIELDS =
      List.of(
          "C1",
          "banner_pos",
          "site_id",
          "site_domain",
          "site_category",
          "app_id",
          "app_domain",
          "app_category",
          "device_id",
          "device_ip",
          "device_model",
          "device_type",
          "device_conn_type",
          "C14",
          "C15",
          "C16",
          "C17",
          "C18",
          "C19",
          "C20",
          "C21",
          "hour_of_day",
          "weekday");

  private static final int IGNORED = -1;
  private static final int LABEL = -2;
  private static final int HOUR = -3;

  private final RowAssembler row;
  private final int[] fieldOfColumn;
  private final int[] columnEnds;
  private final int hourOfDayField;
  private final int weekdayField;
  private int cachedHourToken = -1;
  private int cachedWeekday;

  /** Reads the header from {@code in}; the hasher must know every categorical column. */
  public AvazuReader(
      BufferedReader in, String source, FeatureHasher hasher, ReaderOptions options) {
    super(in, source, options);
    this.row = new RowAssembler(hasher);
    String header = readLine();
    if (header == null || header.isBlank()) {
      throw new IllegalArgumentException("Avazu input has no header row; source=" + source);
    }
    this.fieldOfColumn = mapColumns(header.strip().split(",", -1), hasher, source);
    this.columnEnds = new int[fieldOfColumn.length];
    this.hourOfDayField = hasher.fieldId("hour_of_day");
    this.weekdayField = hasher.fieldId("weekday");
  }

  /** Opens a plain or gzipped file. */
  public static AvazuReader open(Path path, FeatureHasher hasher) throws IOException {
    BufferedReader in = Inputs.open(path);
    try {
      return new AvazuReader(in, path.toString(), hasher, ReaderOptions.DEFAULTS);
    } catch (RuntimeException | Error e) {
      in.close();
      throw e;
    }
  }

  /** A global-layout hasher over {@link #FIELDS}. */
  public static FeatureHasher hasher(int bits) {
    return FeatureHasher.global(FIELDS, bits);
  }

  private static int[] mapColumns(String[] names, FeatureHasher hasher, String source) {
    List<String> seen = new ArrayList<>();
    int[] fields = new int[names.length];
    for (int c = 0; c < names.length; c++) {
      String name = names[c].strip();
      seen.add(name);
      fields[c] =
          switch (name) {
            case "id" -> IGNORED;
            case "click" -> LABEL;
            case "hour" -> HOUR;
            default -> hasher.fieldId(name);
          };
    }
    if (!seen.contains("click") || !seen.contains("hour")) {
      throw new IllegalArgumentException(
          "Avazu header needs 'click' and 'hour'; source=" + source + ", header=" + seen);
    }
    return fields;
  }

  @Override
  Example parse(String line, long lineNumber) {
    int columns = split(line);
    if (columns != fieldOfColumn.length) {
      throw new BadLineException(
          "expected " + fieldOfColumn.length + " comma-separated columns, got " + columns);
    }
    row.reset();
    int label = 0;
    for (int c = 0; c < columns; c++) {
      int begin = c == 0 ? 0 : columnEnds[c - 1] + 1;
      int end = columnEnds[c];
      switch (fieldOfColumn[c]) {
        case IGNORED -> {}
        case LABEL -> label = Labels.parse(line, begin, end);
        case HOUR -> hour(line, begin, end);
        default -> row.categorical(fieldOfColumn[c], line, begin, end);
      }
    }
    return new Example(label, row.build());
  }

  private void hour(String line, int begin, int end) {
    if (end - begin != 8) {
      throw new BadLineException("hour '" + line.substring(begin, end) + "' is not YYMMDDHH");
    }
    int token = (int) Labels.id(line, begin, end, "hour");
    int hourOfDay = token % 100;
    int day = token / 100;
    if (day != cachedHourToken) {
      // rows come sorted by hour: parse each date once
      cachedWeekday = weekday(day, line.substring(begin, end));
      cachedHourToken = day;
    }
    if (hourOfDay > 23) {
      throw new BadLineException("hour '" + line.substring(begin, end) + "' is not YYMMDDHH");
    }
    row.token(hourOfDayField, hourOfDay, 1f);
    row.token(weekdayField, cachedWeekday, 1f);
  }

  private static int weekday(int yymmdd, String text) {
    try {
      LocalDate date = LocalDate.of(2000 + yymmdd / 10000, yymmdd / 100 % 100, yymmdd % 100);
      return date.getDayOfWeek().getValue();
    } catch (DateTimeException e) {
      throw new BadLineException("hour '" + text + "' is not a valid YYMMDDHH date");
    }
  }

  private int split(String line) {
    int count = 0;
    int from = 0;
    while (true) {
      int comma = line.indexOf(',', from);
      if (count == columnEnds.length) {
        return count + 1;
      }
      columnEnds[count++] = comma < 0 ? line.length() : comma;
      if (comma < 0) {
        return count;
      }
      from = comma + 1;
    }
  }
}
