package io.aimpoint.ml.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The line loop shared by all readers: reads ahead to the next good line, skips blank lines, and
 * turns any exception a parser throws on a line into a recorded bad line.
 */
abstract class LineExampleReader implements ExampleReader {
  private static final int EXCERPT_CHARS = 120;

  private final BufferedReader in;
  private final String source;
  private final ReaderOptions options;
  private final List<ReadReport.BadLine> firstBad = new ArrayList<>();
  private long lines;
  private long examples;
  private long badLines;
  private Example next;
  private boolean done;

  LineExampleReader(BufferedReader in, String source, ReaderOptions options) {
    this.in = in;
    this.source = source;
    this.options = options;
  }

  /**
   * Parses one non-blank line. Returns null to skip a line silently (a comment, a header); throws
   * (any runtime exception) to reject it as bad.
   */
  abstract Example parse(String line, long lineNumber);

  /** Reads the next raw line, counting it; null at the end. For headers read before the loop. */
  final String readLine() {
    try {
      String line = in.readLine();
      if (line != null) {
        lines++;
      }
      return line;
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + source + " after line " + lines, e);
    }
  }

  final ReaderOptions options() {
    return options;
  }

  @Override
  public final boolean hasNext() {
    while (next == null && !done) {
      String line = readLine();
      if (line == null) {
        done = true;
      } else if (!line.isBlank()) {
        next = tryParse(line, lines);
      }
    }
    return next != null;
  }

  private Example tryParse(String line, long lineNumber) {
    try {
      Example e = parse(line, lineNumber);
      if (e != null) {
        examples++;
      }
      return e;
    } catch (RuntimeException e) {
      recordBad(lineNumber, e, line);
      return null;
    }
  }

  private void recordBad(long lineNumber, RuntimeException e, String line) {
    badLines++;
    if (firstBad.size() < options.maxBadLinesKept()) {
      String reason =
          e instanceof BadLineException || e instanceof NumberFormatException
              ? e.getMessage()
              : e.getClass().getSimpleName() + ": " + e.getMessage();
      String excerpt = line.length() <= EXCERPT_CHARS ? line : line.substring(0, EXCERPT_CHARS);
      firstBad.add(new ReadReport.BadLine(lineNumber, reason, excerpt));
    }
  }

  @Override
  public final Example next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more examples in " + source);
    }
    Example e = next;
    next = null;
    return e;
  }

  @Override
  public final ReadReport report() {
    return new ReadReport(source, lines, examples, badLines, firstBad);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
