package io.aimpoint.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.ledger.DeliveryKind;
import io.aimpoint.core.ledger.DeliveryRecord;
import io.aimpoint.core.ledger.Granularity;
import io.aimpoint.core.validation.ValidationException;
import io.aimpoint.engine.ForbiddenException;
import io.aimpoint.engine.NotFoundException;
import io.aimpoint.engine.auth.Caller;
import io.aimpoint.testkit.FakeClock;
import io.aimpoint.testkit.Samples;
import io.aimpoint.testkit.memory.InMemoryCampaignStore;
import io.aimpoint.testkit.memory.InMemoryLedger;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportServiceTest {
  private static final Instant T0 = Samples.T0;
  private static final Budget BUDGET = new Budget(null, 1_000_000_000L);
  private final FakeClock clock = new FakeClock(T0.plus(Duration.ofDays(1)));
  private final InMemoryCampaignStore campaigns = new InMemoryCampaignStore();
  private final InMemoryLedger ledger = new InMemoryLedger();
  private final ReportService reports = new ReportService(campaigns, ledger, clock);

  @BeforeEach
  void setUp() {
    campaigns.createAdvertiser(Samples.advertiser("adv_a"));
    campaigns.createAdvertiser(Samples.advertiser("adv_b"));
    campaigns.createCampaign(Samples.campaign("cmp_1", "adv_a"));
    for (int i = 0; i < 4; i++) {
      record("imp" + i, DeliveryKind.IMPRESSION, T0.plusSeconds(i), 500);
    }
    record("clk0", DeliveryKind.CLICK, T0.plusSeconds(10), 2_000_000);
    record("cv0", DeliveryKind.CONVERSION, T0.plus(Duration.ofHours(2)), 0);
  }

  @Test
  void reports_counts_rates_and_ecpm_per_bucket_and_in_total() {
    CampaignReport r =
        reports.campaignReport(
            Caller.ADMIN,
            "cmp_1",
            T0.minusSeconds(3600),
            T0.plus(Duration.ofHours(5)),
            Granularity.HOUR);

    assertThat(r.rows()).hasSize(2);
    ReportRow first = r.rows().get(0);
    assertThat(first.impressions()).isEqualTo(4);
    assertThat(first.clicks()).isEqualTo(1);
    assertThat(first.ctr()).isCloseTo(0.25, within(1e-12));
    assertThat(first.spendMicros()).isEqualTo(2_002_000);
    assertThat(first.ecpmMicros()).isEqualTo(2_002_000L * 1000 / 4);
    assertThat(r.totals().conversions()).isEqualTo(1);
    assertThat(r.totals().cvr()).isCloseTo(1.0, within(1e-12));
    assertThat(r.totals().bucketStart()).isEqualTo(T0.minusSeconds(3600));
  }

  @Test
  void other_advertisers_campaigns_are_not_found_and_publishers_are_refused() {
    assertThatThrownBy(
            () -> reports.campaignReport(Caller.advertiser("adv_b"), "cmp_1", null, null, null))
        .isInstanceOf(NotFoundException.class);
    assertThat(reports.campaignReport(Caller.advertiser("adv_a"), "cmp_1", null, null, null).rows())
        .isNotEmpty();
    assertThatThrownBy(() -> reports.campaignReport(Caller.PUBLISHER, "cmp_1", null, null, null))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void validates_the_range() {
    assertThatThrownBy(() -> reports.campaignReport(Caller.ADMIN, "cmp_1", T0, T0, null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("from");
    assertThatThrownBy(
            () ->
                reports.campaignReport(
                    Caller.ADMIN, "cmp_1", T0, T0.plus(Duration.ofDays(93)), Granularity.HOUR))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("92 days");
  }

  @Test
  void ecpm_does_not_overflow_for_huge_spend() {
    assertThat(ReportRow.ecpm(9_000_000_000_000_000L, 1000)).isEqualTo(9_000_000_000_000_000L);
    assertThat(ReportRow.ecpm(Budget.MAX_MICROS, 1)).isEqualTo(Budget.MAX_MICROS * 1000);
    assertThat(ReportRow.ecpm(Long.MAX_VALUE, 1)).isEqualTo(Long.MAX_VALUE);
    assertThat(ReportRow.ecpm(10, 3)).isEqualTo(3333);
    assertThat(ReportRow.ecpm(5, 0)).isZero();
  }

  private void record(String key, DeliveryKind kind, Instant at, long charge) {
    ledger.record(new DeliveryRecord(key, kind, "adv_a", "cmp_1", "crv_1", at, charge), BUDGET);
  }
}
