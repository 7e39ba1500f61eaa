package io.aimpoint.server;

import static io.aimpoint.server.TestApi.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aimpoint.engine.Engine;
import io.aimpoint.engine.Stores;
import io.aimpoint.engine.auth.Pseudonymizer;
import io.aimpoint.engine.decision.FrequencyCaps;
import io.aimpoint.store.embedded.EmbeddedStores;
import io.aimpoint.store.embedded.rocksdb.RocksDbStorage;
import io.aimpoint.testkit.FakeClock;
import io.aimpoint.testkit.Samples;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.RocksIterator;

/**
 * Profiles, erasure and raw-id hygiene over the embedded stores: after erasure no store holds the
 * user's key, and no file of any store ever holds the raw user id.
 */
class UserProfileApiTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String RAW_ID = "alice.raw-id-7f3a@example.com";
  private final FakeClock clock = new FakeClock(Samples.T0);
  private final HttpClient client = HttpClient.newHttpClient();
  private final String userKey =
      new Pseudonymizer(TestApi.config(clock).pseudonymKey()).userKey(RAW_ID);

  @TempDir Path dataDir;

  @Test
  void profile_is_explained_to_admins_and_erased_from_every_store() throws Exception {
    try (EmbeddedStores stores = EmbeddedStores.open(dataDir, clock);
        Engine engine = engine(stores);
        AimpointServer server = start(engine)) {
      feed(server);
      JsonNode profile = call(server, "GET", "/v1/users/" + RAW_ID + "/profile", ADMIN_KEY, 200);
      assertThat(profile.get("userKey").asText()).isEqualTo(userKey);
      JsonNode golf = profile.get("interests").get(0);
      assertThat(golf.get("category").asText()).isEqualTo("golf");
      assertThat(golf.get("topEvents").get(0).get("label").asText()).isEqualTo("Golf drivers");
      assertThat(profile.get("exposure").get("byCampaign").size()).isEqualTo(1);
      assertThat(status(server, "GET", "/v1/users/" + RAW_ID + "/profile", publisherKey(server)))
          .isEqualTo(403);

      call(server, "DELETE", "/v1/users/" + RAW_ID, ADMIN_KEY, 204);
      call(server, "DELETE", "/v1/users/" + RAW_ID, ADMIN_KEY, 204);

      assertThat(status(server, "GET", "/v1/users/" + RAW_ID + "/profile", ADMIN_KEY))
          .isEqualTo(404);
      assertThat(stores.profiles().get(userKey)).isEmpty();
      assertThat(stores.events().readUser(userKey, 10_000)).isEmpty();
      assertThat(stores.events().find("pv-1")).isEmpty();
      assertThat(stores.events().read(0, 100_000).toString()).doesNotContain(userKey);
      assertThat(stores.counters().deleteByPrefix(FrequencyCaps.userPrefix(userKey))).isZero();
    }
    assertThat(rocksDbEntriesMentioning(userKey)).isEmpty();
    assertThat(h2RowsMentioning(userKey)).isEmpty();
  }

  @Test
  void no_file_of_any_store_ever_holds_the_raw_user_id() throws Exception {
    try (EmbeddedStores stores = EmbeddedStores.open(dataDir, clock);
        Engine engine = engine(stores);
        AimpointServer server = start(engine)) {
      feed(server);
      call(server, "GET", "/v1/users/" + RAW_ID + "/profile", ADMIN_KEY, 200);
      assertThat(stores.events().read(0, 100_000).toString()).doesNotContain(RAW_ID);
      assertThat(stores.profiles().get(userKey).orElseThrow().toString()).doesNotContain(RAW_ID);
    }
    assertThat(rocksDbEntriesMentioning(RAW_ID)).isEmpty();
    assertThat(h2RowsMentioning(RAW_ID)).isEmpty();
    assertThat(filesContaining(RAW_ID)).isEmpty();
  }

  /** Events, a decision with an impression and a click, and a conversion, all for the raw id. */
  private void feed(AimpointServer server) throws Exception {
    String adv =
        call(server, "POST", "/v1/advertisers", ADMIN_KEY, "{\"name\":\"A\"}", 201)
            .get("id")
            .asText();
    String advKey =
        call(server, "POST", "/v1/advertisers/" + adv + "/keys", ADMIN_KEY, null, 201)
            .get("secret")
            .asText();
    String campaign =
        call(server, "POST", "/v1/campaigns", advKey, TestApi.campaignJson(null, "C"), 201)
            .get("id")
            .asText();
    call(
        server,
        "POST",
        "/v1/creatives",
        advKey,
        "{\"campaignId\":\""
            + campaign
            + "\",\"title\":\"T\",\"landingUrl\":\"https://x.example\"}",
        201);
    call(
        server,
        "POST",
        "/v1/events",
        ADMIN_KEY,
        "[{\"eventId\":\"pv-1\",\"type\":\"page_view\",\"userId\":\""
            + RAW_ID
            + "\",\"consent\":true,"
            + "\"url\":\"https://g.example/1\",\"title\":\"Golf drivers\",\"category\":\"Golf\"},"
            + "{\"eventId\":\"s-1\",\"type\":\"search\",\"userId\":\""
            + RAW_ID
            + "\",\"consent\":true,"
            + "\"query\":\"best golf driver\"}]",
        202);
    JsonNode ad =
        call(
                server,
                "POST",
                "/v1/decisions",
                ADMIN_KEY,
                "{\"placementId\":\"p\",\"user\":{\"id\":\"" + RAW_ID + "\",\"consent\":true}}",
                200)
            .get("ads")
            .get(0);
    get(ad.get("impressionUrl").asText());
    get(ad.get("clickUrl").asText());
    call(
        server,
        "POST",
        "/v1/conversions",
        advKey,
        "{\"orderId\":\"o-1\",\"userId\":\"" + RAW_ID + "\",\"valueMicros\":5000000}",
        200);
  }

  private Engine engine(EmbeddedStores s) {
    Stores stores =
        new Stores(s.campaigns(), s.apiKeys(), s.events(), s.profiles(), s.counters(), s.ledger());
    return new Engine(stores, TestApi.config(clock), ADMIN_KEY);
  }

  private static AimpointServer start(Engine engine) {
    return AimpointServer.start(engine, new ServerOptions("127.0.0.1", 0, null, 1 << 20));
  }

  private String publisherKey(AimpointServer server) throws Exception {
    return call(server, "POST", "/v1/publisher-keys", ADMIN_KEY, "{\"label\":\"p\"}", 201)
        .get("secret")
        .asText();
  }

  private List<String> rocksDbEntriesMentioning(String needle) {
    byte[] bytes = needle.getBytes(StandardCharsets.UTF_8);
    List<String> found = new ArrayList<>();
    try (RocksDbStorage rocks = RocksDbStorage.open(dataDir.resolve("rocksdb"))) {
      for (RocksDbStorage.Family family : RocksDbStorage.Family.values()) {
        try (RocksIterator it = rocks.db().newIterator(rocks.family(family))) {
          for (it.seekToFirst(); it.isValid(); it.next()) {
            if (contains(it.key(), bytes) || contains(it.value(), bytes)) {
              found.add(family + ":" + new String(it.key(), StandardCharsets.UTF_8));
            }
          }
        }
      }
    }
    return found;
  }

  private List<String> h2RowsMentioning(String needle) throws Exception {
    List<String> found = new ArrayList<>();
    String url = "jdbc:h2:file:" + dataDir.resolve("h2").toAbsolutePath().resolve("aimpoint");
    try (Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "aimpoint", "");
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      assertThat(tables).isNotEmpty();
      for (String table : tables) {
        try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
              Object v = rs.getObject(i);
              if (v != null && String.valueOf(v).contains(needle)) {
                found.add(table);
              }
            }
          }
        }
      }
    }
    return found;
  }

  private List<Path> filesContaining(String needle) throws IOException {
    byte[] bytes = needle.getBytes(StandardCharsets.UTF_8);
    List<Path> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dataDir)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        if (contains(Files.readAllBytes(p), bytes)) {
          found.add(p);
        }
      }
    }
    return found;
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private void get(String url) throws Exception {
    client.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private int status(AimpointServer server, String method, String path, String key)
      throws Exception {
    return send(server, method, path, key, null).statusCode();
  }

  private JsonNode call(
      AimpointServer server, String method, String path, String key, String body, int expected)
      throws Exception {
    HttpResponse<String> r = send(server, method, path, key, body);
    if (expected > 0) {
      assertThat(r.statusCode()).as(r.body()).isEqualTo(expected);
    }
    return r.body().isEmpty() ? MAPPER.nullNode() : MAPPER.readTree(r.body());
  }

  private JsonNode call(AimpointServer server, String method, String path, String key, int expected)
      throws Exception {
    return call(server, method, path, key, null, expected);
  }

  private HttpResponse<String> send(
      AimpointServer server, String method, String path, String key, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .header("Authorization", "Bearer " + key)
            .method(method, TestApi.publisher(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
