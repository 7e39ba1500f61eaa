package io.aimpoint.ml.registry;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.aimpoint.ml.data.AvazuReader;
import io.aimpoint.ml.data.CriteoReader;
import io.aimpoint.ml.data.CsvReader;
import io.aimpoint.ml.data.CsvSchema;
import io.aimpoint.ml.data.ExampleReader;
import io.aimpoint.ml.data.LibSvmReader;
import io.aimpoint.ml.data.LogsReader;
import io.aimpoint.ml.data.ReaderOptions;
import io.aimpoint.ml.feature.AdFeatureSpec;
import io.aimpoint.ml.feature.FeatureHasher;
import io.aimpoint.ml.feature.LogBucketizer;
import io.aimpoint.ml.feature.SnapshotEncoder;
import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything needed to turn input lines into the exact features a model was trained on: the input
 * format, the hasher's fields (global layout), its index space and its crosses, and for CSV the
 * schema; for Aimpoint's own logs the declarative {@link AdFeatureSpec} that serving encodes with
 * too. Stored in the manifest; {@link #hasher()} and {@link #reader} rebuild the pipeline.
 *
 * @param format the input format
 * @param bits the hashed index space has {@code 2^bits} slots (the model's size)
 * @param fields the hasher's base fields, in order; for logs the encoder's fields and crosses, by
 *     field id (for the record: {@code ads} defines them)
 * @param crosses pairs of field names whose crosses are extra fields (none for logs: {@code ads}
 *     declares its own)
 * @param schema the CSV schema; null for other formats
 * @param ads the ad feature spec of the {@code logs} format; null for other formats
 */
public record FeatureSpec(
    DataFormat format,
    int bits,
    List<String> fields,
    List<List<String>> crosses,
    CsvSchema schema,
    AdFeatureSpec ads) {

  /** Fields of libffm data when not told otherwise: field ids 0..63. */
  public static final int DEFAULT_LIBFFM_FIELDS = 64;

  public FeatureSpec {
    if (format == null) {
      throw new IllegalArgumentException("format must not be null");
    }
    fields = List.copyOf(fields);
    crosses = crosses.stream().map(List::copyOf).toList();
    if (format == DataFormat.CSV && schema == null) {
      throw new IllegalArgumentException("the csv format needs a schema (--schema FILE)");
    }
    for (List<String> c : crosses) {
      if (c.size() != 2) {
        throw new IllegalArgumentException("a cross names two fields; cross=" + c);
      }
    }
    if (ads != null && format != DataFormat.LOGS) {
      throw new IllegalArgumentException("only the logs format has an ad feature spec");
    }
  }

  /** A spec of a format other than logs. */
  public FeatureSpec(
      DataFormat format,
      int bits,
      List<String> fields,
      List<List<String>> crosses,
      CsvSchema schema) {
    this(format, bits, fields, crosses, schema, null);
  }

  /** The {@code logs} format encoded by {@code ads}: its index space and field names. */
  public static FeatureSpec logs(AdFeatureSpec ads) {
    SnapshotEncoder encoder = new SnapshotEncoder(ads);
    return new FeatureSpec(
        DataFormat.LOGS, encoder.bits(), encoder.fieldNames(), List.of(), null, ads);
  }

  /**
   * The default features of {@code format}: the reader's fields; for logs the default {@link
   * AdFeatureSpec} with every field's space capped so that all fit in {@code 2^bits}; {@code
   * schema} only for CSV.
   */
  public static FeatureSpec defaults(DataFormat format, int bits, CsvSchema schema) {
    return switch (format) {
      case LIBSVM -> new FeatureSpec(format, bits, List.of("f0"), List.of(), null);
      case LIBFFM ->
          new FeatureSpec(format, bits, numbered(DEFAULT_LIBFFM_FIELDS), List.of(), null);
      case CRITEO -> new FeatureSpec(format, bits, CriteoReader.FIELDS, List.of(), null);
      case AVAZU -> new FeatureSpec(format, bits, AvazuReader.FIELDS, List.of(), null);
      case CSV -> {
        if (schema == null) {
          throw new IllegalArgumentException("the csv format needs a schema (--schema FILE)");
        }
        yield new FeatureSpec(format, bits, schema.fieldNames(), List.of(), schema);
      }
      case LOGS -> logs(AdFeatureSpec.defaults().fittedTo(bits));
    };
  }

  private static List<String> numbered(int n) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add("f" + i);
    }
    return names;
  }

  /**
   * The hasher these features were hashed with. For logs it only names the fields (its {@link
   * FeatureHasher#fieldCount()} and names are the encoder's); the logs reader encodes with {@link
   * #encoder()}.
   */
  @JsonIgnore
  public FeatureHasher hasher() {
    FeatureHasher hasher = FeatureHasher.global(fields, bits);
    for (List<String> c : crosses) {
      hasher = hasher.withCross(c.get(0), c.get(1));
    }
    return hasher;
  }

  /** The encoder of the logs format's snapshots. */
  @JsonIgnore
  public SnapshotEncoder encoder() {
    if (ads == null) {
      throw new IllegalStateException(
          format == DataFormat.LOGS
              ? "this model was trained on the flat impression logs of an older Aimpoint; retrain"
                  + " it on logs with feature snapshots"
              : "only the logs format has an ad feature spec; format=" + format.id());
    }
    return new SnapshotEncoder(ads);
  }

  /** A reader of this format over {@code in}; {@code source} names it in reports. */
  public ExampleReader reader(BufferedReader in, String source) {
    if (format == DataFormat.LOGS) {
      return new LogsReader(in, source, encoder(), ReaderOptions.DEFAULTS);
    }
    FeatureHasher hasher = hasher();
    ReaderOptions options = ReaderOptions.DEFAULTS;
    return switch (format) {
      case LIBSVM -> new LibSvmReader(in, source, hasher, LibSvmReader.Format.LIBSVM, options);
      case LIBFFM -> new LibSvmReader(in, source, hasher, LibSvmReader.Format.LIBFFM, options);
      case CRITEO -> new CriteoReader(in, source, hasher, new LogBucketizer(2), options);
      case AVAZU -> new AvazuReader(in, source, hasher, options);
      case CSV -> new CsvReader(in, source, schema, hasher, options);
      case LOGS -> throw new IllegalStateException("handled above");
    };
  }
}
