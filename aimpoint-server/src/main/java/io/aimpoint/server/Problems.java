package io.aimpoint.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.aimpoint.core.store.StaleVersionException;
import io.aimpoint.core.validation.FieldError;
import io.aimpoint.core.validation.ValidationException;
import io.aimpoint.engine.ForbiddenException;
import io.aimpoint.engine.NotFoundException;
import io.aimpoint.engine.token.InvalidTokenException;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions become HTTP statuses and RFC 7807 problem documents. Everything a
 * client can cause maps to a 4xx naming what was wrong; only a fault of the server is a 500, which
 * is logged with its stack trace and shown to the client without internals.
 */
final class Problems {
  private static final Logger log = LoggerFactory.getLogger(Problems.class);
  private static final int MAX_ECHO = 120;

  private Problems() {}

  static Problem of(Throwable t) {
    return switch (t) {
      case ValidationException e ->
          new Problem(
              "/problems/validation",
              "Invalid request",
              400,
              "some fields are invalid",
              e.errors());
      case JsonMappingException e -> mapping(e);
      case JsonProcessingException e -> simple(400, "Malformed JSON", clip(e.getOriginalMessage()));
      case HttpException e -> simple(e.status(), e.title(), e.getMessage());
      case NotFoundException e -> simple(404, "Not found", e.getMessage());
      case ForbiddenException e -> simple(403, "Forbidden", e.getMessage());
      case StaleVersionException e -> simple(409, "Conflict", e.getMessage());
      case InvalidTokenException e -> simple(400, "Invalid tracking token", e.getMessage());
      default -> {
        log.error("unexpected error while handling a request", t);
        yield simple(500, "Internal server error", "the server failed; the error was logged");
      }
    };
  }

  private static Problem simple(int status, String title, String detail) {
    String type = "/problems/" + title.toLowerCase(Locale.ROOT).replace(' ', '-');
    return new Problem(type, title, status, detail, null);
  }

  /** A body that is JSON but does not fit the schema: name the field by its JSON path. */
  private static Problem mapping(JsonMappingException e) {
    String field = path(e.getPath());
    String message =
        switch (e) {
          case UnrecognizedPropertyException u -> "is not a known field";
          case InvalidFormatException f ->
              "has an invalid value "
                  + clip(String.valueOf(f.getValue()))
                  + expected(f.getTargetType());
          case MismatchedInputException m -> "has the wrong type" + expected(m.getTargetType());
          case ValueInstantiationException v -> "is invalid (null entries are not allowed)";
          default -> "is invalid: " + clip(e.getOriginalMessage());
        };
    if (field.isEmpty()) {
      field = "body";
    }
    return new Problem(
        "/problems/validation",
        "Invalid request",
        400,
        "the request body does not match the schema",
        List.of(new FieldError(field, message)));
  }

  static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : refs) {
      if (ref.getFieldName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "";
    }
    if (type.isEnum()) {
      Object[] values = type.getEnumConstants();
      StringBuilder sb = new StringBuilder(" (expected one of");
      for (Object v : values) {
        sb.append(' ').append(v);
      }
      return sb.append(')').toString();
    }
    return " (expected " + describe(type) + ")";
  }

  private static String describe(Class<?> type) {
    if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
      return "an integer";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == double.class || type == Double.class) {
      return "a number";
    }
    if (type == String.class) {
      return "a string";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (type == java.time.Instant.class) {
      return "an ISO-8601 time such as 2025-01-31T12:00:00Z";
    }
    return "an object";
  }

  private static String clip(String s) {
    if (s == null) {
      return "";
    }
    String oneLine = s.replaceAll("\\s+", " ");
    return oneLine.length() <= MAX_ECHO ? oneLine : oneLine.substring(0, MAX_ECHO) + "...";
  }
}
