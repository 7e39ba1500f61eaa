package io.aimpoint.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON configuration of the API. Strict on input: unknown properties are errors (so a
 * misspelt field is named instead of silently ignored), floats are not truncated to integers, and a
 * JSON document must be a single value. Lenient where it costs nothing: enum names are
 * case-insensitive. Times are ISO-8601 strings.
 */
final class Json {
  private final ObjectMapper mapper =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  ObjectMapper mapper() {
    return mapper;
  }

  /** Parses a body; Jackson's exceptions are mapped to 400 problems by {@link Problems}. */
  <T> T read(byte[] body, Class<T> type) throws IOException {
    return mapper.readValue(body, type);
  }

  JsonNode tree(byte[] body) throws IOException {
    JsonNode node = mapper.readTree(body);
    if (node == null || node.isMissingNode()) {
      throw new HttpException(400, "Malformed JSON", "the request body is empty");
    }
    return node;
  }

  <T> T fromTree(JsonNode node, Class<T> type) throws IOException {
    return mapper.treeToValue(node, type);
  }

  JsonNode toTree(Object value) {
    return mapper.valueToTree(value);
  }

  byte[] write(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
