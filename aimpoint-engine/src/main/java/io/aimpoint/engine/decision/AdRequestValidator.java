package io.aimpoint.engine.decision;

import io.aimpoint.core.user.Geo;
import io.aimpoint.core.validation.Errors;
import java.util.List;

/**
 * Checks a decision request before anything else touches it, reporting every bad field at once
 * ({@code placementId}, {@code slots}, {@code user.id}, {@code user.age}, {@code context.keywords},
 * ...). Limits keep one request's work bounded.
 */
final class AdRequestValidator {
  static final int MAX_SLOTS = 10;
  static final int MAX_KEYWORDS = 100;
  static final int MAX_PAGE_TEXT = 20_000;

  private AdRequestValidator() {}

  /** Throws {@code ValidationException} naming each bad field. */
  static void validate(AdRequest request) {
    Errors errors = new Errors();
    if (request == null) {
      errors.add("body", "is required").throwIfAny();
    }
    errors.requireText(request.placementId(), "placementId", 64);
    Integer slots = request.slots();
    errors.require(
        slots == null || (slots >= 1 && slots <= MAX_SLOTS),
        "slots",
        "must be in 1.." + MAX_SLOTS + " (was " + slots + ")");
    validateUser(request.user(), errors);
    if (request.context() != null) {
      validateContext(request.context(), errors.nested("context"));
    }
    errors.throwIfAny();
  }

  private static void validateUser(AdRequest.User user, Errors errors) {
    if (user == null) {
      errors.add("user", "is required");
      return;
    }
    Errors e = errors.nested("user");
    e.requireText(user.id(), "id", 256);
    Integer age = user.age();
    e.require(
        age == null || (age >= 0 && age <= 120), "age", "must be in 0..120 (was " + age + ")");
    Geo geo = user.geo();
    if (geo != null) {
      Errors g = e.nested("geo");
      g.optionalText(geo.country(), "country", 64);
      g.optionalText(geo.region(), "region", 100);
      g.optionalText(geo.city(), "city", 100);
    }
  }

  private static void validateContext(AdRequest.Context context, Errors e) {
    e.optionalText(context.url(), "url", 2048);
    e.optionalText(context.pageText(), "pageText", MAX_PAGE_TEXT);
    e.optionalText(context.query(), "query", 1000);
    e.optionalText(context.language(), "language", 35);
    List<String> keywords = context.keywords();
    if (keywords == null) {
      return;
    }
    if (keywords.size() > MAX_KEYWORDS) {
      e.add(
          "keywords",
          "must have at most " + MAX_KEYWORDS + " entries (had " + keywords.size() + ")");
      return;
    }
    for (int i = 0; i < keywords.size(); i++) {
      String k = keywords.get(i);
      if (k == null || k.length() > 100) {
        e.add("keywords[" + i + "]", "must be a string of at most 100 characters");
      }
    }
  }
}
