package io.aimpoint.core.campaign;

import io.aimpoint.core.validation.Errors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Alternatives to a creative's title, body and image, which the engine assembles into combinations
 * (see {@link VariantCombination}). Option 0 of each part is always the creative's own field;
 * option {@code k >= 1} is entry {@code k - 1} of the list here, so a creative with 2 alternative
 * titles and 1 alternative image has 3 x 1 x 2 = 6 combinations. Combinations are positional:
 * append alternatives rather than reorder them, or what was learned moves to other texts.
 *
 * <p>Null entries are kept (and rejected by {@link #validate}) so that the error names the index.
 */
public record CreativeVariants(List<String> titles, List<String> bodies, List<String> imageUrls) {
  /** At most this many alternatives per part, so at most 6 x 6 x 6 = 216 combinations. */
  public static final int MAX_PER_PART = 5;

  public CreativeVariants {
    titles = copy(titles);
    bodies = copy(bodies);
    imageUrls = copy(imageUrls);
  }

  /** Whether any part has an alternative. */
  public boolean hasAny() {
    return !titles.isEmpty() || !bodies.isEmpty() || !imageUrls.isEmpty();
  }

  /** Every combination in a fixed order (title, then body, then image option ascending). */
  public List<VariantCombination> combinations() {
    List<VariantCombination> out =
        new ArrayList<>((1 + titles.size()) * (1 + bodies.size()) * (1 + imageUrls.size()));
    for (int t = 0; t <= titles.size(); t++) {
      for (int b = 0; b <= bodies.size(); b++) {
        for (int i = 0; i <= imageUrls.size(); i++) {
          out.add(new VariantCombination(t, b, i));
        }
      }
    }
    return out;
  }

  /** Whether {@code combination} names options that exist here. */
  public boolean contains(VariantCombination combination) {
    return combination.title() <= titles.size()
        && combination.body() <= bodies.size()
        && combination.image() <= imageUrls.size();
  }

  void validate(Errors errors) {
    part(errors, titles, "titles");
    part(errors, bodies, "bodies");
    part(errors, imageUrls, "imageUrls");
    for (int k = 0; k < titles.size(); k++) {
      errors.requireText(titles.get(k), "titles[" + k + "]", Creative.MAX_TITLE_CHARS);
    }
    for (int k = 0; k < bodies.size(); k++) {
      errors.requireText(bodies.get(k), "bodies[" + k + "]", Creative.MAX_BODY_CHARS);
    }
    for (int k = 0; k < imageUrls.size(); k++) {
      errors.requireHttpUrl(imageUrls.get(k), "imageUrls[" + k + "]");
    }
  }

  private static void part(Errors errors, List<String> values, String field) {
    if (values.size() > MAX_PER_PART) {
      errors.add(
          field, "must have at most " + MAX_PER_PART + " entries (was " + values.size() + ")");
    }
  }

  private static List<String> copy(List<String> values) {
    return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
  }
}
