package io.aimpoint.core.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects field errors while validating one object, so that every problem is reported at once
 * instead of the first one only. Nested objects validate under a prefix: {@code
 * errors.nested("targeting")}.
 */
public final class Errors {
  private final String prefix;
  private final List<FieldError> sink;

  public Errors() {
    this("", new ArrayList<>());
  }

  private Errors(String prefix, List<FieldError> sink) {
    this.prefix = prefix;
    this.sink = sink;
  }

  public Errors nested(String field) {
    return new Errors(path(field), sink);
  }

  public Errors add(String field, String message) {
    sink.add(new FieldError(path(field), message));
    return this;
  }

  /** Adds {@code message} for {@code field} when {@code condition} is false. */
  public Errors require(boolean condition, String field, String message) {
    if (!condition) {
      add(field, message);
    }
    return this;
  }

  public Errors requireText(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      add(field, "is required");
    } else if (value.length() > maxLength) {
      add(field, "must be at most " + maxLength + " characters (was " + value.length() + ")");
    }
    return this;
  }

  public Errors optionalText(String value, String field, int maxLength) {
    if (value != null && value.length() > maxLength) {
      add(field, "must be at most " + maxLength + " characters (was " + value.length() + ")");
    }
    return this;
  }

  public Errors requireHttpUrl(String value, String field) {
    if (value == null || value.isBlank()) {
      return add(field, "is required");
    }
    return optionalHttpUrl(value, field);
  }

  public Errors optionalHttpUrl(String value, String field) {
    if (value == null) {
      return this;
    }
    if (value.length() > 2048) {
      return add(field, "must be at most 2048 characters");
    }
    try {
      java.net.URI uri = new java.net.URI(value);
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || uri.getHost() == null) {
        add(field, "must be an absolute http(s) URL");
      }
    } catch (java.net.URISyntaxException e) {
      add(field, "is not a valid URL: " + e.getReason());
    }
    return this;
  }

  public boolean isEmpty() {
    return sink.isEmpty();
  }

  public List<FieldError> list() {
    return List.copyOf(sink);
  }

  /** Throws a {@link ValidationException} if anything was collected. */
  public void throwIfAny() {
    if (!sink.isEmpty()) {
      throw new ValidationException(sink);
    }
  }

  private String path(String field) {
    return prefix.isEmpty() ? field : prefix + "." + field;
  }
}
