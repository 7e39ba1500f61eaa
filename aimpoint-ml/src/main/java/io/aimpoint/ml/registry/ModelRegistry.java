package io.aimpoint.ml.registry;

import io.aimpoint.ml.eval.Evaluation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A filesystem registry of versioned models: {@code ROOT/<name>/<version>/} holds one {@link
 * ModelDirectory} per version (1, 2, ...), and {@code ROOT/<name>/champion.json} ({@link
 * ChampionPointer}) names the champion, the model serving uses, and the champions before it.
 *
 * <p>Writers never expose half-done state: a version is assembled in a staging directory and
 * renamed into place; the pointer and manifests are written to a temporary file and moved over the
 * old one atomically, so a concurrent reader sees the old champion or the new one. Two processes
 * promoting at the same moment are not serialized (last writer wins); promotion is an operator or
 * scheduled-job action, one at a time.
 *
 * <p>Names are namespaces: each has its own versions and champion. The names {@code ctr} and {@code
 * cvr} belong to their {@link ModelTask} ({@link #forTask}) and accept only models of that task, so
 * that a CTR champion and a CVR champion coexist under one root; under any other name all versions
 * must share the task of the first.
 */
public final class ModelRegistry {
  /** The champion pointer file in {@code ROOT/<name>/}. */
  public static final String CHAMPION_FILE = "champion.json";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern VERSION = Pattern.compile("[1-9][0-9]*");

  private final Path dir;
  private final String name;
  private final Clock clock;

  /** The registry of models named {@code name} under {@code root}. */
  public ModelRegistry(Path root, String name, Clock clock) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("model name must match " + NAME + "; name=" + name);
    }
    this.dir = root.resolve(name);
    this.name = name;
    this.clock = clock;
  }

  /** The registry of {@code task}'s models under {@code root}: the namespace named by its id. */
  public static ModelRegistry forTask(Path root, ModelTask task, Clock clock) {
    return new ModelRegistry(root, task.id(), clock);
  }

  /**
   * The names (namespaces) under {@code root} that hold at least one version or a champion, sorted;
   * empty when {@code root} does not exist.
   */
  public static List<String> names(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(root)) {
      return children
          .filter(Files::isDirectory)
          .filter(p -> NAME.matcher(p.getFileName().toString()).matches())
          .filter(ModelRegistry::holdsModels)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  private static boolean holdsModels(Path namespace) {
    if (Files.isRegularFile(namespace.resolve(CHAMPION_FILE))) {
      return true;
    }
    try (Stream<Path> children = Files.list(namespace)) {
      return children.anyMatch(
          p -> Files.isDirectory(p) && VERSION.matcher(p.getFileName().toString()).matches());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + namespace, e);
    }
  }

  public String name() {
    return name;
  }

  /** The directory of {@code version}. */
  public Path versionDir(int version) {
    return dir.resolve(Integer.toString(version));
  }

  /** Copies the model directory {@code source} in as the next version; returns its manifest. */
  public Manifest register(Path source) throws IOException {
    Manifest manifest = ModelDirectory.readManifest(source);
    requireTaskOfNamespace(manifest.task());
    Files.createDirectories(dir);
    Path staging = Files.createTempDirectory(dir, ".staging-");
    try {
      Files.copy(
          source.resolve(ModelDirectory.MODEL_FILE), staging.resolve(ModelDirectory.MODEL_FILE));
      while (true) {
        int version = versions().stream().max(Integer::compare).orElse(0) + 1;
        Manifest registered = manifest.registeredAs(name, version);
        ModelDirectory.writeManifest(staging, registered);
        try {
          Files.move(staging, versionDir(version)); // a rename: atomic, fails if taken
          return registered;
        } catch (FileAlreadyExistsException e) {
          // another process registered this version first; take the next one
        }
      }
    } finally {
      deleteTree(staging);
    }
  }

  /**
   * Rejects a model whose task is not this namespace's: the task a name like {@code cvr} stands
   * for, else the task of the versions registered so far.
   */
  private void requireTaskOfNamespace(ModelTask task) throws IOException {
    ModelTask expected = null;
    for (ModelTask t : ModelTask.values()) {
      if (t.id().equals(name)) {
        expected = t;
      }
    }
    List<Integer> existing = versions();
    if (expected == null && !existing.isEmpty()) {
      expected = manifest(existing.getFirst()).task();
    }
    if (expected != null && expected != task) {
      throw new IllegalArgumentException(
          "a "
              + task.id()
              + " model cannot be registered under name "
              + name
              + ", which holds "
              + expected.id()
              + " models; task="
              + task.id());
    }
  }

  /** Registered versions, ascending. */
  public List<Integer> versions() throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(dir)) {
      return children
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(s -> VERSION.matcher(s).matches())
          .map(Integer::valueOf)
          .sorted()
          .toList();
    }
  }

  /** The manifests of all versions, ascending. */
  public List<Manifest> list() throws IOException {
    List<Manifest> all = new ArrayList<>();
    for (int v : versions()) {
      all.add(manifest(v));
    }
    all.sort(Comparator.comparing(Manifest::version));
    return all;
  }

  /** The manifest of {@code version}. */
  public Manifest manifest(int version) throws IOException {
    return ModelDirectory.readManifest(existing(version));
  }

  /** Loads {@code version}. */
  public TrainedModel load(int version) throws IOException {
    return ModelDirectory.read(existing(version));
  }

  /** The champion's version, if one was promoted. */
  public Optional<Integer> champion() throws IOException {
    return pointer().map(ChampionPointer::champion);
  }

  /** The champion pointer, if one was promoted. */
  public Optional<ChampionPointer> pointer() throws IOException {
    Path file = dir.resolve(CHAMPION_FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(ModelDirectory.JSON.readValue(file.toFile(), ChampionPointer.class));
  }

  /**
   * Evaluates {@code version} and the current champion on the same data ({@code split} of {@code
   * data}, or all of it when null), each with its own feature spec, and makes {@code version} the
   * champion if {@code gate} accepts it; without a champion it is accepted. The decision is
   * recorded in the challenger's manifest either way.
   */
  public PromotionRecord promote(int version, PromotionGate gate, DataFile data, HashSplit split)
      throws IOException {
    TrainedModel challenger = load(version);
    Optional<Integer> current = champion();
    if (current.isPresent() && current.get() == version) {
      throw new IllegalArgumentException("version is already the champion; version=" + version);
    }
    Evaluation challengerEval = ModelEvaluator.evaluate(challenger, data, split).model();
    double challengerValue = gate.metric().of(challengerEval);
    double championValue = Double.NaN;
    boolean accepted;
    String reason;
    if (current.isEmpty()) {
      accepted = true;
      reason = "no champion yet";
    } else {
      Evaluation championEval = ModelEvaluator.evaluate(load(current.get()), data, split).model();
      championValue = gate.metric().of(championEval);
      accepted = gate.accepts(challengerValue, championValue);
      reason = gate.explain(challengerValue, championValue, accepted);
    }
    PromotionRecord record =
        new PromotionRecord(
            clock.instant().toString(),
            version,
            current.orElse(null),
            gate.metric().id(),
            gate.margin(),
            challengerValue,
            championValue,
            data.path() + (split == null ? "" : " (split " + split.fraction() + ")"),
            challengerEval.count(),
            accepted,
            reason);
    ModelDirectory.writeManifest(versionDir(version), challenger.manifest().withPromotion(record));
    if (accepted) {
      ChampionPointer next =
          pointer().map(p -> p.promote(version)).orElse(new ChampionPointer(version, List.of()));
      writePointer(next);
    }
    return record;
  }

  /** Makes the previous champion the champion again; returns it, or empty if there is none. */
  public Optional<Integer> rollback() throws IOException {
    Optional<ChampionPointer> p = pointer();
    if (p.isEmpty()) {
      return Optional.empty();
    }
    ChampionPointer back = p.get().rollback();
    if (back == null) {
      return Optional.empty();
    }
    writePointer(back);
    return Optional.of(back.champion());
  }

  private void writePointer(ChampionPointer pointer) throws IOException {
    ModelDirectory.writeAtomically(
        dir.resolve(CHAMPION_FILE), ModelDirectory.JSON.writeValueAsBytes(pointer));
  }

  private Path existing(int version) {
    Path p = versionDir(version);
    if (!Files.isDirectory(p)) {
      throw new IllegalArgumentException("no such version; version=" + version + " in " + dir);
    }
    return p;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      all.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
