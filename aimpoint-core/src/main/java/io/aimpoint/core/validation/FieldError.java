package io.aimpoint.core.validation;

import java.util.Objects;

/** One invalid input field: a JSON-pointer-like path (e.g. {@code targeting.ageMin}) and why. */
public record FieldError(String field, String message) {
  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
