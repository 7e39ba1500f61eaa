package io.aimpoint.server;

import io.aimpoint.core.validation.FieldError;
import java.util.List;

/**
 * An RFC 7807 problem document. {@code type} is a relative URI naming the kind of problem ({@code
 * /problems/validation}, ...); {@code errors} lists each bad field for validation problems.
 */
record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
  Problem {
    errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
  }
}
