package io.aimpoint.engine.segment;

import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.event.Conversion;
import io.aimpoint.core.segment.Segment;
import io.aimpoint.core.store.LoggedEvent;
import io.aimpoint.core.user.UserProfile;
import io.aimpoint.core.validation.Errors;
import io.aimpoint.engine.ForbiddenException;
import io.aimpoint.engine.NotFoundException;
import io.aimpoint.engine.Stores;
import io.aimpoint.engine.auth.Caller;
import io.aimpoint.engine.auth.PseudonymKeyRing;
import io.aimpoint.engine.segment.LookalikeResult.ScoredUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Lookalike audiences: the mean of the seed users' profile vectors is compared by cosine with every
 * other clusterable (hence consenting) profile, and the {@code size} most similar are returned. An
 * exact scan: O(users · dimension), well under a second for 100k profiles; an approximate index
 * would only pay off far beyond that. Advertisers may only seed from their own campaigns'
 * converters (attributed {@code Conversion} events); raw seed ids are admin-only.
 */
public final class LookalikeService {
  private static final int READ_BATCH = 1_000;
  private final Stores stores;
  private final PseudonymKeyRing keys;
  private final SegmentOptions options;
  private final Clock clock;

  public LookalikeService(
      Stores stores, PseudonymKeyRing keys, SegmentOptions options, Clock clock) {
    this.stores = stores;
    this.keys = keys;
    this.options = options;
    this.clock = clock;
  }

  public LookalikeResult find(Caller caller, LookalikeRequest request) {
    validate(request);
    Set<String> seeds = seeds(caller, request);
    List<UserProfile> users = new ArrayList<>();
    stores
        .profiles()
        .forEach(
            p -> {
              if (ProfileVectors.clusterable(p)) {
                users.add(p);
              }
            });
    ProfileVectors vectors =
        options.vectors(ProfileVectors.vocabulary(users, options.maxCategories()));
    double[] centroid = new double[vectors.dimension()];
    int seedCount = 0;
    for (UserProfile u : users) {
      if (seeds.contains(u.userKey())) {
        add(centroid, vectors.vector(u));
        seedCount++;
      }
    }
    if (seedCount == 0) {
      new Errors().add("seedUserIds", "no seed user has a consented profile").throwIfAny();
    }
    List<ScoredUser> top = nearest(users, seeds, vectors, centroid, request.size());
    Segment saved = request.saveAsSegment() == null ? null : save(request.saveAsSegment(), top);
    return new LookalikeResult(seedCount, top, saved);
  }

  private static void validate(LookalikeRequest r) {
    Errors errors = new Errors();
    errors.require(
        r.size() >= 1 && r.size() <= LookalikeRequest.MAX_SIZE,
        "size",
        "must be between 1 and " + LookalikeRequest.MAX_SIZE + "; size=" + r.size());
    errors.require(
        !r.seedUserIds().isEmpty() || r.campaignId() != null,
        "seedUserIds",
        "give seedUserIds or campaignId");
    errors.require(
        r.seedUserIds().size() <= LookalikeRequest.MAX_SIZE,
        "seedUserIds",
        "at most " + LookalikeRequest.MAX_SIZE + " seed users");
    errors.optionalText(r.saveAsSegment(), "saveAsSegment", 100);
    errors.throwIfAny();
  }

  private Set<String> seeds(Caller caller, LookalikeRequest request) {
    Set<String> seeds = new HashSet<>();
    if (!request.seedUserIds().isEmpty()) {
      if (!caller.isAdmin()) {
        throw new ForbiddenException("only admin keys may give seed user ids");
      }
      request.seedUserIds().forEach(raw -> seeds.add(keys.current(raw)));
    }
    if (request.campaignId() != null) {
      Campaign campaign =
          stores
              .campaigns()
              .campaign(request.campaignId())
              .orElseThrow(() -> new NotFoundException("campaign", request.campaignId()));
      if (!caller.canSee(campaign.advertiserId())) {
        throw new ForbiddenException("not your campaign: " + request.campaignId());
      }
      seeds.addAll(converters(campaign.id()));
    }
    if (request.saveAsSegment() != null && !caller.isAdmin()) {
      throw new ForbiddenException("only admin keys may save segments");
    }
    return seeds;
  }

  /** User keys of the campaign's attributed conversions, from the event log. */
  Set<String> converters(String campaignId) {
    Set<String> users = new HashSet<>();
    long end = stores.events().endOffset();
    for (long offset = 0; offset < end; ) {
      List<LoggedEvent> batch = stores.events().read(offset, READ_BATCH);
      if (batch.isEmpty()) {
        break;
      }
      for (LoggedEvent e : batch) {
        if (e.event() instanceof Conversion c
            && c.ad() != null
            && campaignId.equals(c.ad().campaignId())) {
          users.add(c.userKey());
        }
      }
      offset = batch.get(batch.size() - 1).offset() + 1;
    }
    return users;
  }

  private static List<ScoredUser> nearest(
      List<UserProfile> users, Set<String> seeds, ProfileVectors vectors, double[] c, int size) {
    Comparator<ScoredUser> worstFirst =
        Comparator.comparingDouble(ScoredUser::score)
            .thenComparing(ScoredUser::userKey, Comparator.reverseOrder());
    PriorityQueue<ScoredUser> heap = new PriorityQueue<>(worstFirst);
    for (UserProfile u : users) {
      if (seeds.contains(u.userKey())) {
        continue;
      }
      double score = ProfileVectors.cosine(c, vectors.vector(u));
      if (score > 0) {
        heap.add(new ScoredUser(u.userKey(), score));
        if (heap.size() > size) {
          heap.poll();
        }
      }
    }
    List<ScoredUser> out = new ArrayList<>(heap);
    out.sort(worstFirst.reversed());
    return out;
  }

  private Segment save(String name, List<ScoredUser> members) {
    String id = SegmentNamer.id("lookalike", name);
    Set<String> keysIn = new HashSet<>();
    members.forEach(m -> keysIn.add(m.userKey()));
    List<String> former = new ArrayList<>();
    stores
        .profiles()
        .forEach(
            p -> {
              if (p.segments().contains(id) && !keysIn.contains(p.userKey())) {
                former.add(p.userKey());
              }
            });
    for (String key : former) {
      stores.profiles().update(key, p -> p.withSegments(without(p.segments(), id)));
    }
    for (String key : keysIn) {
      stores.profiles().update(key, p -> p.withSegments(with(p.segments(), id)));
    }
    Segment segment =
        new Segment(
            id, name, members.size(), "lookalike", 0, clock.instant(), List.of(), List.of());
    stores.segments().put(segment);
    return segment;
  }

  private static Set<String> with(Set<String> s, String id) {
    Set<String> out = new HashSet<>(s);
    out.add(id);
    return out;
  }

  private static Set<String> without(Set<String> s, String id) {
    Set<String> out = new HashSet<>(s);
    out.remove(id);
    return out;
  }

  private static void add(double[] sum, double[] v) {
    for (int i = 0; i < v.length; i++) {
      sum[i] += v[i];
    }
  }
}
