package io.aimpoint.engine.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.auction.GeneralizedSecondPriceAuction;
import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.campaign.DeviceType;
import io.aimpoint.core.campaign.Gender;
import io.aimpoint.core.event.DecisionMade;
import io.aimpoint.core.user.AdExposure;
import io.aimpoint.core.user.Behaviour;
import io.aimpoint.core.user.Demographics;
import io.aimpoint.core.user.ExposureCount;
import io.aimpoint.core.user.Geo;
import io.aimpoint.core.user.RecentAdActivity;
import io.aimpoint.core.user.RfmCounters;
import io.aimpoint.core.user.SemanticInterest;
import io.aimpoint.core.user.UserProfile;
import io.aimpoint.engine.auth.Pseudonymizer;
import io.aimpoint.engine.decision.AdCandidate;
import io.aimpoint.engine.decision.AdRequest;
import io.aimpoint.engine.decision.DecisionContext;
import io.aimpoint.engine.decision.DecisionFixture;
import io.aimpoint.engine.decision.DecisionPipeline;
import io.aimpoint.engine.decision.DecisionResult;
import io.aimpoint.engine.decision.DecisionService;
import io.aimpoint.engine.decision.Ranker;
import io.aimpoint.engine.decision.ScanningCandidateRetriever;
import io.aimpoint.engine.decision.ScoredCandidate;
import io.aimpoint.engine.decision.ServedAdView;
import io.aimpoint.ml.data.Example;
import io.aimpoint.ml.data.Features;
import io.aimpoint.ml.data.LoggedImpression;
import io.aimpoint.ml.data.LoggedImpressions;
import io.aimpoint.ml.data.LogsReader;
import io.aimpoint.ml.feature.AdFeatureSpec;
import io.aimpoint.ml.feature.MurmurHash3;
import io.aimpoint.ml.feature.SnapshotEncoder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Train/serve parity: real decisions through the engine with a ranker that scores on model
 * features, then the event log exported and read back by the training reader must give, for every
 * served and shown ad, exactly the features serving computed.
 */
class TrainServeParityTest {
  static final SnapshotEncoder ENCODER = SnapshotEncoder.defaults();

  @TempDir Path dir;

  final DecisionFixture f = new DecisionFixture();

  /**
   * Scores from the encoded rows (a stand-in for a model; any function of the features will do) and
   * keeps the rows it scored, by decision and creative. It embeds the page and creatives with a toy
   * hash embedding, so the text similarity features take part too.
   */
  static final class CapturingRanker implements Ranker {
    final DecisionFeaturizer featurizer = new DecisionFeaturizer(new FeatureExtractor(), ENCODER);
    final Map<String, Features> rows = new HashMap<>();

    @Override
    public List<ScoredCandidate> score(DecisionContext context, List<AdCandidate> candidates) {
      DecisionContext embedded =
          new DecisionContext(
              context.decisionId(),
              context.placementId(),
              context.userKey(),
              context.profile(),
              context.targeting(),
              context.page() == null ? null : embed(context.page().url()),
              context.page());
      List<AdCandidate> withVectors = new ArrayList<>();
      for (AdCandidate c : candidates) {
        withVectors.add(new AdCandidate(c.campaign(), c.creative(), embed(c.creative().id())));
      }
      EncodedDecision encoded =
          featurizer.featurize(embedded, withVectors, context.targeting().at());
      List<ScoredCandidate> out = new ArrayList<>();
      for (int i = 0; i < encoded.size(); i++) {
        Features row = encoded.row(i);
        rows.put(context.decisionId() + "/" + withVectors.get(i).creative().id(), row);
        double pCtr = 0.001 + (Math.floorMod(MurmurHash3.hash32(row.hashCode(), 7), 100) / 1e4);
        out.add(encoded.scored(i, pCtr, 0.05));
      }
      return out;
    }

    static float[] embed(String text) {
      float[] v = new float[8];
      double norm = 0;
      for (int i = 0; i < v.length; i++) {
        v[i] = MurmurHash3.hash32(text, i) / (float) Integer.MAX_VALUE;
        norm += v[i] * v[i];
      }
      for (int i = 0; i < v.length; i++) {
        v[i] /= (float) Math.sqrt(norm);
      }
      return v;
    }
  }

  /** {@code row} with its position field's one-hot moved from position 0 to {@code slot}. */
  static Features atPosition(Features row, int slot) {
    int field = ENCODER.fieldNames().indexOf("position");
    AdFeatureSpec.Field spec = ENCODER.spec().field("position");
    Features.Builder out = Features.builder();
    for (int i = 0; i < row.size(); i++) {
      boolean position = row.field(i) == field;
      if (position) {
        assertThat(row.index(i)).isEqualTo(ENCODER.offset(field) + 1 + spec.bucket(0));
      }
      out.add(
          row.field(i),
          position ? ENCODER.offset(field) + 1 + spec.bucket(slot) : row.index(i),
          row.value(i));
    }
    return out.build();
  }

  private void world() {
    for (int a = 0; a < 4; a++) {
      f.advertiser("a" + a);
      BidType type = BidType.values()[a % 3];
      f.campaign("a" + a, "c" + a, type, type == BidType.CPM ? 3_000_000 : 400_000 + a);
      f.creative("a" + a, "c" + a, "c" + a + "-cr2", "https://shop.example.com/p2?c=" + a);
    }
    f.start();
  }

  private void profile(String userId, int n) {
    String key = new Pseudonymizer(f.config.pseudonymKey()).userKey(userId);
    List<Behaviour> seq = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      seq.add(
          new Behaviour(
              "page_view",
              i % 3 == 0 ? "sports" : "travel",
              "item-" + i,
              DecisionFixture.T0.minusSeconds(60L * (n - i))));
    }
    f.stores
        .profiles()
        .put(
            new UserProfile(
                key,
                new Demographics(20 + 3 * n, Gender.FEMALE, new Geo("CN", "SH", null), null),
                Map.of("sports", 1.5 * n, "travel", 0.7, "food", 0.3 / (n + 1)),
                Set.of("seg-" + n % 2),
                n,
                DecisionFixture.T0.minus(Duration.ofHours(n)),
                Map.of("shoes", 2.0, "kw" + n, 1.0 / 3),
                new SemanticInterest(CapturingRanker.embed("user" + n), 1),
                seq,
                new RfmCounters(
                    DecisionFixture.T0.minusSeconds(77L * n),
                    Map.of("page_view", (long) n),
                    n % 3,
                    12_345_678L * n),
                new AdExposure(
                    Map.of("c" + n % 4, new ExposureCount(n, n / 3)),
                    Map.of("sports", new ExposureCount(2L * n, 1)),
                    new ExposureCount(3L * n, n / 2),
                    new RecentAdActivity(
                        n % 5, n % 3 * 0.5, DecisionFixture.T0.minusSeconds(30L * n)))));
  }

  private static AdRequest request(String userId, int i, boolean consent) {
    AdRequest.Context page =
        i % 4 == 3
            ? null
            : new AdRequest.Context(
                "https://site" + (i % 3) + ".example/page/" + i,
                "All about running shoes and trips number " + i,
                List.of("Running", "trip" + (i % 5)),
                i % 2 == 0 ? "cheap running shoes" : null,
                i % 3 == 0 ? "zh-CN" : "en");
    return new AdRequest(
        "home-top",
        new AdRequest.User(
            userId,
            i % 5 == 0 ? null : 18 + i,
            Gender.values()[i % 2],
            null,
            DeviceType.MOBILE,
            consent),
        page,
        1 + i % 2);
  }

  @Test
  void training_reads_back_exactly_the_features_serving_scored_every_shown_ad_with()
      throws IOException {
    world();
    CapturingRanker ranker = new CapturingRanker();
    DecisionService decisions =
        new DecisionService(
            f.stores,
            f.config,
            f.catalog,
            f.deliveries,
            new DecisionPipeline(
                new ScanningCandidateRetriever(f.catalog),
                ranker,
                new GeneralizedSecondPriceAuction()));
    for (int u = 0; u < 6; u++) {
      profile("user-" + u, u * 4);
    }
    int shown = 0;
    int clicked = 0;
    int notShown = 0;
    for (int i = 0; i < 40; i++) {
      f.clock.advance(Duration.ofMinutes(7));
      DecisionResult r = decisions.decide(request("user-" + (i % 8), i, i % 7 != 6));
      for (ServedAdView ad : r.ads()) {
        if ((i + ad.slot()) % 9 == 8) {
          notShown++; // served but never shown: no training line
          continue;
        }
        f.tracking.impression(ad.impressionToken());
        shown++;
        if ((i * 31 + ad.slot()) % 5 == 0) {
          f.tracking.click(ad.clickToken());
          clicked++;
        }
      }
    }
    assertThat(shown).isGreaterThan(40);
    assertThat(notShown).isPositive();

    List<LoggedImpression> lines = new ArrayList<>();
    Path file = dir.resolve("training.jsonl.gz");
    TrainingLogExport.Summary summary;
    try (LoggedImpressions.Writer w = LoggedImpressions.writer(file)) {
      summary =
          new TrainingLogExport(f.stores.events())
              .export(
                  null,
                  null,
                  line -> {
                    lines.add(line);
                    w.write(line);
                  });
    }
    assertThat(summary.rows()).isEqualTo(shown);
    assertThat(summary.clicks()).isEqualTo(clicked);
    assertThat(summary.withoutSnapshots()).isZero();

    int compared = 0;
    int slotsAfterTheFirst = 0;
    try (LogsReader reader = LogsReader.open(file, ENCODER)) {
      for (LoggedImpression line : lines) {
        Example e = reader.next();
        Features served = ranker.rows.get(line.decisionId() + "/" + line.creativeId());
        assertThat(served).as("the row served for %s", line).isNotNull();
        // the one intended difference: serving scores every ad at position 0, training reads
        // the slot the auction gave it
        assertThat(e.features())
            .as("features of %s", line)
            .isEqualTo(atPosition(served, line.slot()));
        if (line.slot() > 0) {
          assertThat(e.features()).isNotEqualTo(served);
          slotsAfterTheFirst++;
        }
        assertThat(e.label()).isEqualTo(line.clicked() ? 1 : 0);
        assertThat(e.group()).isEqualTo(Example.groupId(line.userKey()));
        compared++;
      }
      assertThat(reader.hasNext()).isFalse();
      assertThat(reader.report().badLines()).isZero();
    }
    assertThat(compared).isEqualTo(shown);
    assertThat(slotsAfterTheFirst).isPositive();
    // the toy embeddings and the profiles made the richer sources take part
    assertThat(lines)
        .anySatisfy(l -> assertThat(l.candidate().numbers()).containsKeys("text.user_cosine"))
        .anySatisfy(l -> assertThat(l.candidate().numbers()).containsKeys("text.context_cosine"))
        .anySatisfy(l -> assertThat(l.request().tokens()).containsKeys("seq.items"))
        .anySatisfy(l -> assertThat(l.request().tokensOf("user.consent")).contains("denied"));
  }

  @Test
  void decisions_ranked_without_model_features_still_log_the_extractors_snapshots() {
    world();
    profile("user-1", 5);
    DecisionResult r = f.decisions.decide(request("user-1", 1, true));
    DecisionMade logged = (DecisionMade) f.stores.events().find(r.decisionId()).orElseThrow();

    assertThat(logged.hasFeatureSnapshots()).isTrue();
    assertThat(logged.adFeatures()).hasSameSizeAs(logged.ads());
    assertThat(logged.requestFeatures().tokensOf("user.key")).containsExactly(logged.userKey());
    assertThat(logged.requestFeatures().tokensOf("context.site")).containsExactly("site1.example");
    assertThat(logged.adFeatures().get(0).tokensOf("ad.creative"))
        .containsExactly(logged.ads().get(0).creativeId());
  }
}
