package io.aimpoint.engine.features;

import static io.aimpoint.testkit.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.event.AdClick;
import io.aimpoint.core.event.AdImpression;
import io.aimpoint.core.event.Consent;
import io.aimpoint.core.event.Conversion;
import io.aimpoint.core.event.DecisionMade;
import io.aimpoint.core.event.FeatureSnapshot;
import io.aimpoint.core.event.ServedAd;
import io.aimpoint.core.store.EventLog;
import io.aimpoint.ml.data.LoggedImpression;
import io.aimpoint.testkit.Samples;
import io.aimpoint.testkit.memory.InMemoryEventLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingLogExportTest {
  final EventLog log = new InMemoryEventLog();

  static final ServedAd SLOT0 = Samples.servedAd(0, "c1", "cr1");
  static final ServedAd SLOT1 = Samples.servedAd(1, "c2", "cr2");

  static FeatureSnapshot ad(String creative) {
    return FeatureSnapshot.builder().token("ad.creative", creative).build();
  }

  static DecisionMade decision(String id, Instant at, boolean snapshots) {
    return snapshots
        ? new DecisionMade(
            id,
            "u-" + id,
            at,
            Consent.GRANTED,
            "home-top",
            List.of(SLOT0, SLOT1),
            Samples.requestSnapshot(),
            List.of(ad("cr1"), ad("cr2")))
        : new DecisionMade(id, "u-" + id, at, Consent.GRANTED, "home-top", List.of(SLOT0));
  }

  static AdImpression impression(String decision, ServedAd ad, Instant at) {
    return new AdImpression("i-" + decision + ad.slot(), "u", at, Consent.GRANTED, decision, ad, 0);
  }

  @Test
  void joins_impressions_clicks_and_conversions_by_decision_and_slot() {
    Instant t = T0;
    log.append(
        List.of(
            decision("d1", t, true),
            decision("d2", t.plusSeconds(60), true),
            decision("old", t.plusSeconds(90), false),
            impression("d1", SLOT0, t.plusSeconds(1)),
            impression("d1", SLOT1, t.plusSeconds(1)),
            impression("d2", SLOT1, t.plusSeconds(61)), // d2 slot 0 was never shown
            impression("old", SLOT0, t.plusSeconds(91)),
            impression("unknown", SLOT0, t.plusSeconds(92)),
            new AdClick("k1", "u", t.plusSeconds(5), Consent.GRANTED, "d1", SLOT1, 0),
            new Conversion(
                "v1", "u", t.plusSeconds(3600), Consent.GRANTED, "a", "o1", 10, "d1", SLOT1, 0)));
    List<LoggedImpression> lines = new ArrayList<>();

    TrainingLogExport.Summary s = new TrainingLogExport(log).export(null, null, lines::add);

    assertThat(s).isEqualTo(new TrainingLogExport.Summary(2, 1, 3, 1, 1));
    assertThat(lines)
        .extracting(LoggedImpression::decisionId, LoggedImpression::slot)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("d1", 0),
            org.assertj.core.groups.Tuple.tuple("d1", 1),
            org.assertj.core.groups.Tuple.tuple("d2", 1));
    LoggedImpression clicked = lines.get(1);
    assertThat(clicked.clicked()).isTrue();
    assertThat(clicked.converted()).isTrue();
    assertThat(clicked.userKey()).isEqualTo("u-d1");
    assertThat(clicked.time()).isEqualTo(T0.toString());
    assertThat(clicked.creativeId()).isEqualTo("cr2");
    assertThat(clicked.request()).isEqualTo(Samples.requestSnapshot());
    assertThat(clicked.candidate()).isEqualTo(ad("cr2"));
    assertThat(lines.get(0).clicked()).isFalse();
    assertThat(lines.get(2).candidate()).isEqualTo(ad("cr2"));
  }

  @Test
  void a_click_without_a_logged_impression_still_counts_as_shown() {
    log.append(
        List.of(
            decision("d1", T0, true),
            new AdClick("k1", "u", T0.plusSeconds(5), Consent.GRANTED, "d1", SLOT0, 0)));
    List<LoggedImpression> lines = new ArrayList<>();
    new TrainingLogExport(log).export(null, null, lines::add);
    assertThat(lines).singleElement().satisfies(l -> assertThat(l.clicked()).isTrue());
  }

  @Test
  void only_decisions_in_the_time_range_are_exported() {
    for (int h = 0; h < 5; h++) {
      Instant at = T0.plusSeconds(3600L * h);
      log.append(List.of(decision("d" + h, at, true), impression("d" + h, SLOT0, at)));
    }
    List<LoggedImpression> lines = new ArrayList<>();
    new TrainingLogExport(log).export(T0.plusSeconds(3600), T0.plusSeconds(3 * 3600), lines::add);
    assertThat(lines).extracting(LoggedImpression::decisionId).containsExactly("d1", "d2");
  }
}
