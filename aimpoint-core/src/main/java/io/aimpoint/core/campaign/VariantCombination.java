package io.aimpoint.core.campaign;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One assembled version of a creative: option {@code title} of its titles, {@code body} of its
 * bodies, {@code image} of its images, where option 0 is the creative's own field and option {@code
 * k >= 1} the {@code k}-th alternative of its {@link CreativeVariants}. Its {@link #id()}, e.g.
 * {@code t1-b0-i2}, is what events and tracking tokens carry.
 */
public record VariantCombination(int title, int body, int image) {
  /** The creative as written, without alternatives. */
  public static final VariantCombination BASE = new VariantCombination(0, 0, 0);

  private static final Pattern ID = Pattern.compile("t(\\d{1,2})-b(\\d{1,2})-i(\\d{1,2})");

  public VariantCombination {
    if (title < 0 || body < 0 || image < 0) {
      throw new IllegalArgumentException(
          "options must be >= 0; title=" + title + ", body=" + body + ", image=" + image);
    }
  }

  public String id() {
    return "t" + title + "-b" + body + "-i" + image;
  }

  /** The combination an {@link #id()} names; empty if {@code id} is not one. */
  public static Optional<VariantCombination> parse(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Matcher m = ID.matcher(id);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new VariantCombination(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
  }
}
