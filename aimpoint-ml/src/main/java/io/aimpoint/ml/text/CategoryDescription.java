package io.aimpoint.ml.text;

import java.util.Objects;

/**
 * What a category is about, in words a page about it would use, in Chinese and in English.
 *
 * @param id the stable category id (e.g. {@code electronics})
 * @param chinese the description in Chinese
 * @param english the description in English
 */
public record CategoryDescription(String id, String chinese, String english) {

  public CategoryDescription {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(chinese, "chinese");
    Objects.requireNonNull(english, "english");
    if (id.isBlank() || chinese.isBlank() || english.isBlank()) {
      throw new IllegalArgumentException("blank field in category description; id=" + id);
    }
  }
}
