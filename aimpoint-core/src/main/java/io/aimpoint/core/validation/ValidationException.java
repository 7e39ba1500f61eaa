package io.aimpoint.core.validation;

import java.util.List;

/** Input that breaks the domain rules; carries every bad field so an API can report all at once. */
public final class ValidationException extends RuntimeException {
  private final List<FieldError> errors;

  public ValidationException(List<FieldError> errors) {
    super(describe(errors));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one error");
    }
    this.errors = List.copyOf(errors);
  }

  public ValidationException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  private static String describe(List<FieldError> errors) {
    StringBuilder sb = new StringBuilder("invalid input:");
    for (FieldError e : errors) {
      sb.append(' ').append(e.field()).append(": ").append(e.message()).append(';');
    }
    return sb.toString();
  }
}
