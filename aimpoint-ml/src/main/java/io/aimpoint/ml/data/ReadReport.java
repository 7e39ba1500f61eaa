package io.aimpoint.ml.data;

import java.util.List;

/**
 * What a reader saw: lines read, examples produced, and the bad lines it skipped, of which the
 * first few are kept with their 1-based line numbers and the reason.
 *
 * @param source the file or stream name
 * @param lines lines read, including blank, comment and bad lines
 * @param examples examples produced
 * @param badLines lines skipped as malformed
 * @param firstBadLines the first bad lines, at most the reader's limit
 */
public record ReadReport(
    String source, long lines, long examples, long badLines, List<BadLine> firstBadLines) {

  public ReadReport {
    firstBadLines = List.copyOf(firstBadLines);
  }

  /**
   * A malformed line.
   *
   * @param lineNumber 1-based line number in the source (the header is line 1)
   * @param reason why it was rejected
   * @param excerpt the start of the line
   */
  public record BadLine(long lineNumber, String reason, String excerpt) {}

  /** A one-paragraph summary for logs and the CLI. */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(source).append(": ").append(lines).append(" lines, ").append(examples);
    sb.append(" examples, ").append(badLines).append(" bad lines");
    for (BadLine bad : firstBadLines) {
      sb.append("\n  line ").append(bad.lineNumber()).append(": ").append(bad.reason());
      sb.append(" [").append(bad.excerpt()).append(']');
    }
    if (badLines > firstBadLines.size()) {
      sb.append("\n  ... ").append(badLines - firstBadLines.size()).append(" more");
    }
    return sb.toString();
  }
}
