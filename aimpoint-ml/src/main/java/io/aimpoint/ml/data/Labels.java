package io.aimpoint.ml.data;

/** Parses click labels as they appear in public data: 0/1, -1/+1, reals, true/false. */
final class Labels {
  private Labels() {}

  /**
   * Positive (1) when the label is a number above zero or {@code true}; 0 when it is zero or below,
   * or {@code false}. Anything else is a bad line.
   */
  static int parse(CharSequence s, int begin, int end) {
    int len = end - begin;
    if (len == 1) {
      char c = s.charAt(begin);
      if (c == '1') {
        return 1;
      }
      if (c == '0') {
        return 0;
      }
    }
    String text = s.subSequence(begin, end).toString().trim();
    if (text.equalsIgnoreCase("true")) {
      return 1;
    }
    if (text.equalsIgnoreCase("false")) {
      return 0;
    }
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new BadLineException("label '" + text + "' is not a number");
    }
    if (Double.isNaN(v)) {
      throw new BadLineException("label '" + text + "' is not a number");
    }
    return v > 0 ? 1 : 0;
  }

  /** Parses a feature value, rejecting NaN and infinities. */
  static float value(String line, int begin, int end) {
    if (end - begin == 1 && line.charAt(begin) == '1') {
      return 1f; // one-hot data: the common case, no substring
    }
    float v;
    try {
      v = Float.parseFloat(line.substring(begin, end));
    } catch (NumberFormatException e) {
      throw new BadLineException("value '" + line.substring(begin, end) + "' is not a number");
    }
    if (!Float.isFinite(v)) {
      throw new BadLineException("value '" + line.substring(begin, end) + "' is not finite");
    }
    return v;
  }

  /** Parses a non-negative integer id, naming {@code what} in the error. */
  static long id(String line, int begin, int end, String what) {
    try {
      long v = Long.parseLong(line, begin, end, 10);
      if (v < 0) {
        throw new BadLineException(what + " '" + line.substring(begin, end) + "' is negative");
      }
      return v;
    } catch (NumberFormatException e) {
      throw new BadLineException(what + " '" + line.substring(begin, end) + "' is not an integer");
    }
  }
}
