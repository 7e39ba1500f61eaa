package io.aimpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {
  private final TestApi api = new TestApi();

  @AfterEach
  void tearDown() {
    api.close();
  }

  @Test
  void every_registered_route_is_documented() {
    JsonNode doc = api.get("/openapi.json", null).json();
    assertThat(doc.get("openapi").asText()).startsWith("3.0");
    List<String> missing = new ArrayList<>();
    for (String route : api.server.routes()) {
      String[] parts = route.split(" ", 2);
      JsonNode path = doc.get("paths").get(parts[1]);
      if (path == null || !path.has(parts[0].toLowerCase(Locale.ROOT))) {
        missing.add(route);
      }
    }
    assertThat(missing).isEmpty();
    assertThat(api.server.routes()).hasSizeGreaterThan(25);
  }

  @Test
  void every_documented_route_exists_and_every_reference_resolves() {
    JsonNode doc = api.get("/openapi.json", null).json();
    List<String> routes = api.server.routes();
    doc.get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        op -> {
                          if (!op.getKey().equals("parameters")) {
                            assertThat(routes)
                                .contains(
                                    op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                          }
                        }));
    List<String> refs = doc.findValuesAsText("$ref");
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      String[] parts = ref.substring(2).split("/");
      assertThat(doc.at("/" + String.join("/", parts)).isMissingNode()).as(ref).isFalse();
    }
  }
}
