package io.aimpoint.core.campaign;

import io.aimpoint.core.validation.Errors;
import java.util.Set;

/**
 * Who may see a campaign. Every empty set and every {@code null} bound means "no restriction"; a
 * non-empty set restricts to its members. Geo sets match the request's country, region and city
 * codes case-insensitively. Keywords match the page keywords, query and text of the request.
 */
public record Targeting(
    Integer ageMin,
    Integer ageMax,
    Set<Gender> genders,
    Set<String> countries,
    Set<String> regions,
    Set<String> cities,
    Set<DeviceType> deviceTypes,
    Set<String> interests,
    Set<String> segments,
    Set<String> includeKeywords,
    Set<String> excludeKeywords,
    Set<String> languages) {

  public static final int MAX_SET_SIZE = 1000;

  public Targeting {
    genders = copy(genders);
    countries = copy(countries);
    regions = copy(regions);
    cities = copy(cities);
    deviceTypes = copy(deviceTypes);
    interests = copy(interests);
    segments = copy(segments);
    includeKeywords = copy(includeKeywords);
    excludeKeywords = copy(excludeKeywords);
    languages = copy(languages);
  }

  public static Targeting everyone() {
    return new Targeting(null, null, null, null, null, null, null, null, null, null, null, null);
  }

  void validate(Errors errors) {
    if (ageMin != null) {
      errors.require(
          ageMin >= 0 && ageMin <= 120, "ageMin", "must be in 0..120 (was " + ageMin + ")");
    }
    if (ageMax != null) {
      errors.require(
          ageMax >= 0 && ageMax <= 120, "ageMax", "must be in 0..120 (was " + ageMax + ")");
    }
    if (ageMin != null && ageMax != null && ageMin > ageMax) {
      errors.add("ageMax", "must not be below ageMin (" + ageMin + " > " + ageMax + ")");
    }
    checkSize(errors, "countries", countries);
    checkSize(errors, "regions", regions);
    checkSize(errors, "cities", cities);
    checkSize(errors, "interests", interests);
    checkSize(errors, "segments", segments);
    checkSize(errors, "includeKeywords", includeKeywords);
    checkSize(errors, "excludeKeywords", excludeKeywords);
    checkSize(errors, "languages", languages);
  }

  private static void checkSize(Errors errors, String field, Set<String> values) {
    if (values.size() > MAX_SET_SIZE) {
      errors.add(
          field, "must have at most " + MAX_SET_SIZE + " entries (had " + values.size() + ")");
    }
    for (String v : values) {
      if (v.isBlank() || v.length() > 200) {
        errors.add(field, "entries must be 1..200 non-blank characters");
        return;
      }
    }
  }

  private static <T> Set<T> copy(Set<T> values) {
    return values == null ? Set.of() : Set.copyOf(values);
  }
}
