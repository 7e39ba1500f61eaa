package io.aimpoint.ml.data;

import io.aimpoint.ml.feature.FeatureHasher;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads libsvm / libFM lines, {@code label idx:val idx:val ... [# comment]}, and libffm lines,
 * {@code label field:idx:val ...}. Labels may be 0/1 or -1/+1 (anything above zero is a click). An
 * optional {@code qid:N} token sets the example's group.
 *
 * <p>Field-aware models need each feature's field. libffm says it; for libsvm the reader either
 * puts every feature in field 0 ({@link Format#LIBSVM}) or, for one-hot files whose rows list one
 * feature per field in a fixed order, uses the position in the row ({@link
 * Format#LIBSVM_POSITION_AS_FIELD}). Feature ids are hashed into the hasher's space with the field
 * as seed, so files with ids beyond the model's size still fit.
 */
public final class LibSvmReader extends LineExampleReader {
  /** The line format. */
  public enum Format {
    /** {@code idx:val}, every feature in field 0. */
    LIBSVM,
    /** {@code idx:val}, the i-th feature of a row in field i. */
    LIBSVM_POSITION_AS_FIELD,
    /** {@code field:idx:val}. */
    LIBFFM
  }

  private final Format format;
  private final RowAssembler row;

  /** Reads from {@code in}; {@code source} names it in the report. */
  public LibSvmReader(
      BufferedReader in,
      String source,
      FeatureHasher hasher,
      Format format,
      ReaderOptions options) {
    super(in, source, options);
    this.format = format;
    this.row = new RowAssembler(hasher);
  }

  /** Opens a plain or gzipped file. */
  public static LibSvmReader open(Path path, FeatureHasher hasher, Format format)
      throws IOException {
    return new LibSvmReader(
        Inputs.open(path), path.toString(), hasher, format, ReaderOptions.DEFAULTS);
  }

  @Override
  Example parse(String line, long lineNumber) {
    int end = line.indexOf('#');
    end = end < 0 ? line.length() : end;
    int start = skipSpace(line, 0, end);
    if (start == end) {
      return null; // a comment line
    }
    row.reset();
    int tokenEnd = nextSpace(line, start, end);
    int label = Labels.parse(line, start, tokenEnd);
    long group = Example.NO_GROUP;
    int position = 0;
    for (int b = skipSpace(line, tokenEnd, end); b < end; b = skipSpace(line, tokenEnd, end)) {
      tokenEnd = nextSpace(line, b, end);
      if (line.startsWith("qid:", b)) {
        group = Example.groupId(line, b + 4, tokenEnd);
      } else {
        feature(line, b, tokenEnd, position++);
      }
    }
    return new Example(label, row.build(), group);
  }

  private void feature(String line, int begin, int end, int position) {
    int colon = line.lastIndexOf(':', end - 1);
    if (colon < begin) {
      throw new BadLineException("feature " + (position + 1) + " is not idx:val");
    }
    int field;
    int idxBegin = begin;
    if (format == Format.LIBFFM) {
      int first = line.indexOf(':', begin);
      if (first == colon) {
        throw new BadLineException("feature " + (position + 1) + " is not field:idx:val");
      }
      field = checkField(Labels.id(line, begin, first, "field"), position);
      idxBegin = first + 1;
    } else {
      field = format == Format.LIBSVM ? 0 : checkField(position, position);
    }
    long idx = Labels.id(line, idxBegin, colon, "feature index");
    row.token(field, idx, Labels.value(line, colon + 1, end));
  }

  private int checkField(long field, int position) {
    int count = row.hasher().fieldCount();
    if (field >= count) {
      throw new BadLineException(
          "feature " + (position + 1) + ": field " + field + " is beyond the " + count + " fields");
    }
    return (int) field;
  }

  private static int skipSpace(String s, int i, int end) {
    while (i < end && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int nextSpace(String s, int i, int end) {
    while (i < end && !Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
