package io.aimpoint.ml.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aimpoint.ml.train.Trainer;
import io.aimpoint.ml.train.TrainerOptions;
import io.aimpoint.ml.train.TrainingInput;
import io.aimpoint.ml.train.TrainingListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRegistryTest {
  static final FeatureSpec SPEC = SyntheticFiles.libsvmSpec(16);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  ModelRegistry registry;
  DataFile validation;

  @BeforeEach
  void setUp() throws IOException {
    registry = new ModelRegistry(dir.resolve("registry"), "ctr", CLOCK);
    validation = new DataFile(SyntheticFiles.libsvm(dir.resolve("valid.svm"), 2000, 1, 9, false));
  }

  /** Trains on the true world (good) or on the inverted one (bad) and writes it to {@code name}. */
  private Path model(String name, boolean good) throws IOException {
    Path data = SyntheticFiles.libsvm(dir.resolve(name + ".svm"), 3000, 1, 2, !good);
    Path out = dir.resolve(name);
    new Trainer(TrainerOptions.defaults(ModelKind.FTRL), CLOCK, TrainingListener.NONE)
        .train(TrainingInput.of(new DataFile(data), SPEC))
        .write(out);
    return out;
  }

  @Test
  void registering_assigns_increasing_versions_and_lists_them() throws IOException {
    Manifest first = registry.register(model("a", true));
    Manifest second = registry.register(model("b", false));
    assertThat(first.version()).isEqualTo(1);
    assertThat(second.version()).isEqualTo(2);
    assertThat(first.name()).isEqualTo("ctr");
    assertThat(registry.list()).extracting(Manifest::version).containsExactly(1, 2);
    assertThat(registry.champion()).isEmpty();
    assertThat(registry.load(1).manifest()).isEqualTo(first);
    try (Stream<Path> files = Files.list(registry.versionDir(1).getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("1", "2");
    }
  }

  @Test
  void the_gate_accepts_a_better_challenger_and_rejects_a_worse_one_saying_why()
      throws IOException {
    int bad = registry.register(model("bad", false)).version();
    int good = registry.register(model("good", true)).version();
    PromotionGate gate = new PromotionGate(PromotionGate.Metric.AUC, 0.01);

    PromotionRecord firstPromotion = registry.promote(bad, gate, validation, null);
    assertThat(firstPromotion.accepted()).isTrue();
    assertThat(firstPromotion.reason()).isEqualTo("no champion yet");

    PromotionRecord better = registry.promote(good, gate, validation, null);
    assertThat(better.accepted()).isTrue();
    assertThat(better.champion()).isEqualTo(bad);
    assertThat(better.challengerValue()).isGreaterThan(better.championValue() + 0.01);
    assertThat(registry.champion()).hasValue(good);

    PromotionRecord worse = registry.promote(bad, gate, validation, null);
    assertThat(worse.accepted()).isFalse();
    assertThat(worse.reason()).startsWith("auc: challenger").endsWith("is false");
    assertThat(registry.champion()).hasValue(good);
    assertThat(registry.manifest(bad).promotions())
        .extracting(PromotionRecord::accepted)
        .containsExactly(true, false);
    assertThat(registry.manifest(bad).promotions().getLast().rows()).isEqualTo(2000);
  }

  @Test
  void the_gate_compares_both_models_on_the_given_data_not_their_stored_metrics()
      throws IOException {
    int good = registry.register(model("good", true)).version();
    int bad = registry.register(model("bad", false)).version();
    registry.promote(good, PromotionGate.defaults(), validation, null);
    // On data from the inverted world the "bad" model is the better one.
    DataFile inverted =
        new DataFile(SyntheticFiles.libsvm(dir.resolve("inv.svm"), 2000, 1, 11, true));
    PromotionRecord r =
        registry.promote(bad, new PromotionGate(PromotionGate.Metric.LOGLOSS, 0), inverted, null);
    assertThat(r.accepted()).isTrue();
    assertThat(r.challengerValue()).isLessThan(r.championValue());
    assertThat(r.data()).isEqualTo(inverted.path().toString());
  }

  @Test
  void rollback_restores_the_previous_champion() throws IOException {
    int bad = registry.register(model("bad", false)).version();
    int good = registry.register(model("good", true)).version();
    registry.promote(bad, PromotionGate.defaults(), validation, null);
    registry.promote(good, PromotionGate.defaults(), validation, null);
    assertThat(registry.champion()).hasValue(good);

    assertThat(registry.rollback()).hasValue(bad);
    assertThat(registry.champion()).hasValue(bad);
    assertThat(registry.rollback()).isEmpty();
    assertThat(registry.champion()).hasValue(bad);
  }

  @Test
  void the_champion_pointer_is_replaced_atomically_leaving_no_temporary_files() throws IOException {
    int v = registry.register(model("good", true)).version();
    registry.promote(v, PromotionGate.defaults(), validation, null);
    try (Stream<Path> files = Files.list(registry.versionDir(v).getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("1", ModelRegistry.CHAMPION_FILE);
    }
    assertThat(registry.pointer()).hasValue(new ChampionPointer(v, java.util.List.of()));
  }

  @Test
  void promoting_an_unknown_version_names_it() {
    assertThatThrownBy(() -> registry.promote(42, PromotionGate.defaults(), validation, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version=42");
  }
}
