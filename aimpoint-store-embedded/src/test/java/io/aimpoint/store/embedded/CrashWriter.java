package io.aimpoint.store.embedded;

import static io.aimpoint.testkit.Samples.minimalCampaign;
import static io.aimpoint.testkit.Samples.pageView;

import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.ledger.DeliveryKind;
import io.aimpoint.core.ledger.DeliveryRecord;
import io.aimpoint.core.ledger.RecordResult;
import io.aimpoint.core.user.UserProfile;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The child process of {@link CrashDurabilityTest}: writes to every store in a loop and prints one
 * line per acknowledged write, until it is killed.
 *
 * <p>Lines after the {@link #ACK} prefix: {@code E <eventId>}, {@code L <key> <charged>}, {@code C
 * <campaignId>}, {@code P <userKey> <eventCount>}, {@code N <key> <value>}.
 */
public final class CrashWriter {
  /** Marks protocol lines, so that anything else a library prints is ignored. */
  static final String ACK = "ACK ";

  static final String CAMPAIGN = "cmp-crash";
  static final long CHARGE_MICROS = 1_000;
  static final Budget BUDGET = new Budget(null, Long.MAX_VALUE / 4);
  static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");

  private CrashWriter() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true);
    Instant at = Instant.parse("2025-03-10T12:00:00Z");
    try (EmbeddedStores stores = EmbeddedStores.open(Path.of(args[0]), Clock.systemUTC())) {
      out.println(ACK + "READY");
      for (long i = 0; ; i++) {
        String user = "user-" + (i % 7);
        stores.events().append(List.of(pageView("ev-" + i, user, at.plusSeconds(i))));
        out.println(ACK + "E ev-" + i);
        RecordResult r = stores.ledger().record(impression("imp-" + i, at), BUDGET);
        out.println(ACK + "L imp-" + i + " " + r.chargedMicros());
        if (i > 0 && stores.ledger().record(impression("imp-" + (i - 1), at), BUDGET).duplicate()) {
          out.println(ACK + "D imp-" + (i - 1));
        }
        stores.campaigns().createCampaign(minimalCampaign("cmp-" + i, "adv-crash"));
        out.println(ACK + "C cmp-" + i);
        UserProfile p = stores.profiles().update(user, CrashWriter::counted);
        out.println(ACK + "P " + user + " " + p.eventCount());
        long n = stores.counters().add("writes", 1, FAR_FUTURE);
        out.println(ACK + "N writes " + n);
      }
    }
  }

  static DeliveryRecord impression(String key, Instant at) {
    return new DeliveryRecord(
        key, DeliveryKind.IMPRESSION, "adv-crash", CAMPAIGN, "crv-crash", at, CHARGE_MICROS);
  }

  private static UserProfile counted(UserProfile p) {
    return new UserProfile(
        p.userKey(),
        p.demographics(),
        p.interests(),
        p.segments(),
        p.eventCount() + 1,
        p.updatedAt());
  }
}
