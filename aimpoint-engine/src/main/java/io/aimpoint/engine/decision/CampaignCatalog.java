package io.aimpoint.engine.decision;

import io.aimpoint.core.campaign.Advertiser;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.Status;
import io.aimpoint.core.store.CampaignStore;
import io.aimpoint.core.store.ListQuery;
import io.aimpoint.core.store.Page;
import io.aimpoint.core.targeting.TargetingMatcher;
import io.aimpoint.ml.text.TextEmbedder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-memory catalog of what may serve: ACTIVE campaigns of ACTIVE advertisers with their ACTIVE
 * creatives (campaigns without one are left out), plus the placements and their floors.
 *
 * <p>Decisions read {@link #snapshot()}, an immutable {@link CatalogSnapshot} that {@link
 * #refresh()} builds aside and swaps in atomically, so a decision never sees a half-built catalog
 * and never waits for a refresh. Call {@code refresh()} after every change of advertisers,
 * campaigns, creatives or placements (the admin service does); refreshes are serialized so that a
 * slow older load cannot overwrite a newer one.
 *
 * <p><b>Creative embeddings.</b> With an embedder, each active creative's text ({@link
 * #creativeText}: title and body) is embedded during the refresh, aside from the snapshot decisions
 * read, so a decision never waits for the model. Vectors are reused by text from the previous
 * snapshot: a refresh after an unrelated change embeds nothing, an edited creative is embedded
 * again, and only the new texts of one refresh go to the model, in one batch. The same embedder
 * embeds the request context ({@code DecisionContexts}), so the two vectors are comparable.
 */
public final class CampaignCatalog {
  private static final int PAGE_SIZE = ListQuery.MAX_LIMIT;
  private static final Logger log = LoggerFactory.getLogger(CampaignCatalog.class);

  private final CampaignStore store;
  private final Clock clock;
  private final TextEmbedder embedder;
  private final AtomicReference<CatalogSnapshot> current =
      new AtomicReference<>(CatalogSnapshot.EMPTY);

  /** Creates the catalog without text embeddings and loads it once. */
  public CampaignCatalog(CampaignStore store, Clock clock) {
    this(store, clock, null);
  }

  /**
   * Creates the catalog and loads it once.
   *
   * @param embedder embeds creatives (and, through {@link #embedder()}, decision contexts); null
   *     for none
   */
  public CampaignCatalog(CampaignStore store, Clock clock, TextEmbedder embedder) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.embedder = embedder;
    refresh();
  }

  /** The embedder of creative texts, which request contexts must share; null when there is none. */
  public TextEmbedder embedder() {
    return embedder;
  }

  /** The text of a creative that is embedded: its title, then its body when it has one. */
  public static String creativeText(Creative creative) {
    String body = creative.body();
    return body == null || body.isBlank() ? creative.title() : creative.title() + "\n" + body;
  }

  /** The current snapshot; cheap, never blocks. */
  public CatalogSnapshot snapshot() {
    return current.get();
  }

  /** Reloads everything from the store and swaps the new snapshot in; returns it. */
  public synchronized CatalogSnapshot refresh() {
    Map<String, Advertiser> advertisers = new HashMap<>();
    for (Advertiser a : activeOnes(store::advertisers)) {
      advertisers.put(a.id(), a);
    }
    Map<String, List<Creative>> creativesByCampaign = new HashMap<>();
    for (Creative c : activeOnes(store::creatives)) {
      creativesByCampaign.computeIfAbsent(c.campaignId(), k -> new ArrayList<>()).add(c);
    }
    Map<String, float[]> vectors = embedTexts(creativesByCampaign);
    List<CatalogEntry> entries = new ArrayList<>();
    for (Campaign c : activeOnes(store::campaigns)) {
      Advertiser advertiser = advertisers.get(c.advertiserId());
      List<Creative> creatives = creativesByCampaign.get(c.id());
      if (advertiser != null && creatives != null) {
        Map<String, float[]> creativeVectors = new HashMap<>();
        for (Creative creative : creatives) {
          float[] v = vectors.get(creativeText(creative));
          if (v != null) {
            creativeVectors.put(creative.id(), v);
          }
        }
        entries.add(
            new CatalogEntry(
                advertiser, c, TargetingMatcher.compile(c), creatives, creativeVectors));
      }
    }
    CatalogSnapshot next = new CatalogSnapshot(entries, store.placements(), clock.instant());
    current.set(next);
    return next;
  }

  /**
   * Text to vector for every creative text: known ones from the current snapshot, new ones embedded
   * in one batch. Empty without an embedder; a failing model leaves the new texts without vectors
   * (the catalog still refreshes: serving must not depend on the embedder).
   */
  private Map<String, float[]> embedTexts(Map<String, List<Creative>> creativesByCampaign) {
    Map<String, float[]> vectors = new HashMap<>();
    if (embedder == null) {
      return vectors;
    }
    Map<String, float[]> known = new HashMap<>();
    for (CatalogEntry entry : current.get().entries()) {
      for (Creative creative : entry.creatives()) {
        float[] v = entry.creativeVector(creative.id());
        if (v.length > 0) {
          known.put(creativeText(creative), v);
        }
      }
    }
    Set<String> missing = new LinkedHashSet<>();
    for (List<Creative> creatives : creativesByCampaign.values()) {
      for (Creative creative : creatives) {
        String text = creativeText(creative);
        float[] v = known.get(text);
        if (v != null) {
          vectors.put(text, v);
        } else {
          missing.add(text);
        }
      }
    }
    if (!missing.isEmpty()) {
      List<String> texts = List.copyOf(missing);
      try {
        List<float[]> computed = embedder.embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
          vectors.put(texts.get(i), computed.get(i));
        }
      } catch (RuntimeException e) {
        log.warn("embedding {} creative texts failed; they rank without text", texts.size(), e);
      }
    }
    return vectors;
  }

  /** Every ACTIVE object of one kind, in id order, paging through the listing. */
  private static <T> List<T> activeOnes(Function<ListQuery, Page<T>> lister) {
    List<T> all = new ArrayList<>();
    ListQuery query = new ListQuery(null, null, Status.ACTIVE, null, PAGE_SIZE);
    while (true) {
      Page<T> page = lister.apply(query);
      all.addAll(page.items());
      if (page.nextCursor() == null) {
        return all;
      }
      query = query.after(page.nextCursor());
    }
  }
}
