package io.aimpoint.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.aimpoint.core.ledger.CampaignSpend;
import io.aimpoint.core.ledger.DeliveryStats;
import io.aimpoint.core.ledger.Granularity;
import io.aimpoint.core.ledger.RecordResult;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real child JVM that writes to every embedded store (SIGKILL, no shutdown hooks, no close)
 * and checks that every write it had acknowledged is there after a reopen, and that no ledger
 * charge was doubled.
 */
class CrashDurabilityTest {
  private static final int ACKS_BEFORE_KILL = 800;

  @TempDir Path dir;

  /** What the child acknowledged before it died. */
  private static final class Acks {
    final List<String> events = new ArrayList<>();
    final Map<String, Long> charges = new LinkedHashMap<>();
    final List<String> campaigns = new ArrayList<>();
    final Map<String, Long> profileCounts = new HashMap<>();
    long counter;
    int duplicatesSeen;
    int total;

    void add(String line) {
      String[] f = line.split(" ");
      switch (f[0]) {
        case "E" -> events.add(f[1]);
        case "L" -> charges.put(f[1], Long.parseLong(f[2]));
        case "D" -> duplicatesSeen++;
        case "C" -> campaigns.add(f[1]);
        case "P" -> profileCounts.put(f[1], Long.parseLong(f[2]));
        case "N" -> counter = Long.parseLong(f[2]);
        default -> throw new AssertionError("unexpected line from the child: " + line);
      }
      total++;
    }
  }

  @Test
  void nothing_acknowledged_is_lost_when_the_process_is_killed() throws Exception {
    Path data = dir.resolve("data");
    Path childErr = dir.resolve("child-stderr.txt");
    Process child = startChild(data, childErr);
    Acks acks = new Acks();
    try {
      assertTimeoutPreemptively(
          Duration.ofSeconds(60), () -> readAcks(child, acks), () -> describe(childErr));
    } finally {
      child.destroyForcibly();
    }
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(child.isAlive()).isFalse();
    assertThat(child.exitValue()).as("exit status of a SIGKILLed JVM").isEqualTo(137);
    assertThat(acks.total).isGreaterThanOrEqualTo(ACKS_BEFORE_KILL);

    try (EmbeddedStores stores = EmbeddedStores.open(data, Clock.systemUTC())) {
      assertEventsPresent(stores, acks);
      assertLedgerExact(stores, acks);
      for (String id : acks.campaigns) {
        assertThat(stores.campaigns().campaign(id)).as("campaign %s", id).isPresent();
      }
      acks.profileCounts.forEach(
          (user, count) ->
              assertThat(stores.profiles().get(user).orElseThrow().eventCount())
                  .as("profile %s", user)
                  .isBetween(count, count + 1));
      assertThat(stores.counters().get("writes")).isBetween(acks.counter, acks.counter + 1);
    }
  }

  private static void assertEventsPresent(EmbeddedStores stores, Acks acks) {
    for (String id : acks.events) {
      assertThat(stores.events().find(id)).as("event %s", id).isPresent();
    }
    assertThat(stores.events().endOffset())
        .isBetween((long) acks.events.size(), acks.events.size() + 1L);
  }

  /** Every acknowledged charge is booked once: re-recording is a duplicate, spend adds up. */
  private static void assertLedgerExact(EmbeddedStores stores, Acks acks) {
    assertThat(acks.duplicatesSeen).isGreaterThan(0);
    acks.charges.forEach(
        (key, charged) ->
            assertThat(
                    stores
                        .ledger()
                        .record(CrashWriter.impression(key, Instant.EPOCH), CrashWriter.BUDGET))
                .as("ledger entry %s", key)
                .isEqualTo(new RecordResult(true, charged)));
    Instant day = Instant.parse("2025-03-10T00:00:00Z");
    List<DeliveryStats> stats =
        stores.ledger().stats(CrashWriter.CAMPAIGN, day, day.plusSeconds(86_400), Granularity.DAY);
    long impressions = stats.isEmpty() ? 0 : stats.getFirst().impressions();
    CampaignSpend spend =
        stores.ledger().spend(CrashWriter.CAMPAIGN, LocalDate.parse("2025-03-10"));
    assertThat(impressions).isBetween((long) acks.charges.size(), acks.charges.size() + 1L);
    assertThat(spend.lifetimeMicros()).isEqualTo(impressions * CrashWriter.CHARGE_MICROS);
    assertThat(stats.getFirst().spendMicros()).isEqualTo(spend.lifetimeMicros());
  }

  private static void readAcks(Process child, Acks acks) throws Exception {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      do {
        line = in.readLine();
        assertThat(line).as("the child stopped before it was ready").isNotNull();
      } while (!line.equals(CrashWriter.ACK + "READY"));
      while (acks.total < ACKS_BEFORE_KILL) {
        line = in.readLine();
        assertThat(line).as("the child stopped early").isNotNull();
        addIfAck(acks, line);
      }
      // kill while the child is in the middle of its next writes; ProcessHandle sends SIGKILL
      // without closing our end of the pipe, so the acknowledgements still buffered there count
      assertThat(child.toHandle().destroyForcibly()).isTrue();
      while ((line = in.readLine()) != null) {
        addIfAck(acks, line);
      }
    }
  }

  private static void addIfAck(Acks acks, String line) {
    if (line.startsWith(CrashWriter.ACK)) {
      acks.add(line.substring(CrashWriter.ACK.length()));
    }
  }

  private static Process startChild(Path data, Path stderr) throws Exception {
    String java = ProcessHandle.current().info().command().orElseThrow();
    return new ProcessBuilder(
            java,
            "--enable-native-access=ALL-UNNAMED",
            "-Xshare:off",
            "-cp",
            System.getProperty("java.class.path"),
            CrashWriter.class.getName(),
            data.toString())
        .redirectError(stderr.toFile())
        .start();
  }

  private static String describe(Path stderr) {
    try {
      return "child stderr:\n" + Files.readString(stderr);
    } catch (Exception e) {
      return "child stderr unreadable: " + e;
    }
  }
}
