package io.aimpoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.aimpoint.core.store.ApiKey;
import io.aimpoint.core.validation.ValidationException;
import io.aimpoint.engine.ForbiddenException;
import io.aimpoint.engine.auth.Caller;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One request and its response, with the checks every handler needs: authentication, the body size
 * limit, content type, JSON parsing and typed query parameters. Every failure is an exception that
 * {@link Problems} turns into a problem response.
 */
final class Exchange {
  private static final HeaderName API_KEY = HeaderNames.create("X-Api-Key");
  private static final int MAX_ID_LENGTH = 128;
  private static final int MAX_TOKEN_LENGTH = 4096;

  private final ServerRequest request;
  private final ServerResponse response;
  private final ServerContext context;

  Exchange(ServerRequest request, ServerResponse response, ServerContext context) {
    this.request = request;
    this.response = response;
    this.context = context;
  }

  ServerContext context() {
    return context;
  }

  /** The authenticated caller; 401 without a valid key. */
  Caller caller() {
    String secret =
        request
            .headers()
            .first(HeaderNames.AUTHORIZATION)
            .filter(v -> v.regionMatches(true, 0, "Bearer ", 0, 7))
            .map(v -> v.substring(7).strip())
            .or(() -> request.headers().first(API_KEY).map(String::strip))
            .orElseThrow(
                () ->
                    new HttpException(
                        401,
                        "Unauthorized",
                        "an API key is required: Authorization: Bearer <key> or X-Api-Key"));
    return context
        .engine()
        .apiKeys()
        .authenticate(secret)
        .orElseThrow(() -> new HttpException(401, "Unauthorized", "the API key is not valid"));
  }

  /** The authenticated caller, if its role is one of {@code roles}; else 403. */
  Caller caller(ApiKey.Role... roles) {
    Caller caller = caller();
    if (Arrays.stream(roles).noneMatch(r -> r == caller.role())) {
      throw new ForbiddenException(
          "a " + caller.role().name().toLowerCase(Locale.ROOT) + " key may not do this");
    }
    return caller;
  }

  /**
   * A path parameter. An id that cannot exist (too long) is simply not found, like any unknown id.
   */
  String pathParam(String name, String kind) {
    String value = request.path().pathParameters().get(name);
    if (value.isEmpty() || value.length() > MAX_ID_LENGTH) {
      throw new io.aimpoint.engine.NotFoundException(kind, clip(value));
    }
    return value;
  }

  /** A tracking token from the path; an absurdly long one is invalid without decoding it. */
  String token(String name) {
    String value = request.path().pathParameters().get(name);
    if (value.isEmpty() || value.length() > MAX_TOKEN_LENGTH) {
      throw new HttpException(400, "Invalid tracking token", "the token is malformed");
    }
    return value;
  }

  Optional<String> header(HeaderName name) {
    return request.headers().first(name);
  }

  Optional<String> query(String name) {
    return request.query().first(name).asOptional();
  }

  int intQuery(String name, int defaultValue, int min, int max) {
    Optional<String> raw = query(name);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    try {
      int value = Integer.parseInt(raw.get().strip());
      if (value < min || value > max) {
        throw new ValidationException(
            name, "must be in " + min + ".." + max + " (was " + value + ")");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new ValidationException(name, "must be an integer (was " + clip(raw.get()) + ")");
    }
  }

  Instant instantQuery(String name) {
    Optional<String> raw = query(name);
    if (raw.isEmpty()) {
      return null;
    }
    try {
      return Instant.parse(raw.get().strip());
    } catch (DateTimeParseException e) {
      throw new ValidationException(
          name,
          "must be an ISO-8601 time such as 2025-01-31T00:00:00Z (was " + clip(raw.get()) + ")");
    }
  }

  <E extends Enum<E>> E enumQuery(String name, Class<E> type) {
    Optional<String> raw = query(name);
    if (raw.isEmpty()) {
      return null;
    }
    for (E value : type.getEnumConstants()) {
      if (value.name().equalsIgnoreCase(raw.get().strip())) {
        return value;
      }
    }
    throw new ValidationException(
        name,
        "must be one of "
            + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT)
            + " (was "
            + clip(raw.get())
            + ")");
  }

  /** The body parsed as {@code type}; 413, 415 or 400 when it is too big, not JSON or invalid. */
  <T> T body(Class<T> type) throws IOException {
    T value = context.json().read(jsonBody(), type);
    if (value == null) {
      throw new ValidationException("body", "must be a JSON object, not null");
    }
    return value;
  }

  JsonNode bodyTree() throws IOException {
    return context.json().tree(jsonBody());
  }

  /** Like {@link #body} but an empty body is {@code null} rather than an error. */
  <T> T optionalBody(Class<T> type) throws IOException {
    if (request.headers().contentLength().orElse(-1) == 0 || !request.content().hasEntity()) {
      return null;
    }
    return body(type);
  }

  private byte[] jsonBody() throws IOException {
    byte[] body = rawBody();
    if (body.length == 0) {
      throw new HttpException(400, "Malformed JSON", "a JSON request body is required");
    }
    String contentType =
        request.headers().first(HeaderNames.CONTENT_TYPE).orElse("").toLowerCase(Locale.ROOT);
    String mediaType = contentType.split(";", 2)[0].strip();
    if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
      throw new HttpException(
          415,
          "Unsupported media type",
          "the body must be JSON with Content-Type: application/json (was "
              + (mediaType.isEmpty() ? "none" : clip(mediaType))
              + ")");
    }
    return body;
  }

  /** The body bytes, refusing to buffer more than the configured limit. */
  private byte[] rawBody() throws IOException {
    long limit = context.maxRequestBytes();
    OptionalLong declared = request.headers().contentLength();
    if (declared.isPresent() && declared.getAsLong() > limit) {
      throw tooLarge(limit);
    }
    if (!request.content().hasEntity()) {
      return new byte[0];
    }
    try (InputStream in = request.content().inputStream()) {
      byte[] bytes = in.readNBytes((int) limit + 1);
      if (bytes.length > limit) {
        throw tooLarge(limit);
      }
      return bytes;
    }
  }

  private static HttpException tooLarge(long limit) {
    return new HttpException(
        413, "Payload too large", "the request body must be at most " + limit + " bytes");
  }

  void json(int statusCode, Object body) {
    response.status(statusCode);
    response.header(HeaderNames.CONTENT_TYPE, "application/json");
    response.send(context.json().write(body));
  }

  void text(String contentType, byte[] body) {
    response.header(HeaderNames.CONTENT_TYPE, contentType);
    response.send(body);
  }

  void noContent() {
    response.status(204);
    response.send();
  }

  void redirect(String location) {
    response.status(302);
    response.header(HeaderNames.LOCATION, location);
    response.send();
  }

  /** Sends {@code problem} unless a response was already sent; returns the status sent. */
  int problem(Problem problem, String allow) {
    if (response.isSent()) {
      return response.status().code();
    }
    response.status(problem.status());
    response.header(HeaderNames.CONTENT_TYPE, "application/problem+json");
    if (problem.status() == 401) {
      response.header(HeaderNames.WWW_AUTHENTICATE, "Bearer");
    }
    if (allow != null) {
      response.header(HeaderNames.ALLOW, allow);
    }
    response.send(context.json().write(problem));
    return problem.status();
  }

  private static String clip(String s) {
    return s.length() <= 64 ? s : s.substring(0, 64) + "...";
  }
}
