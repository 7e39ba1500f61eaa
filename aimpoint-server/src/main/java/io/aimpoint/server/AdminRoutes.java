package io.aimpoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aimpoint.core.campaign.Advertiser;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.Placement;
import io.aimpoint.core.campaign.Status;
import io.aimpoint.core.store.ApiKey.Role;
import io.aimpoint.core.store.ListQuery;
import io.aimpoint.core.validation.ValidationException;
import io.aimpoint.engine.admin.AdminService;
import io.aimpoint.engine.auth.Caller;
import io.helidon.http.HeaderNames;
import java.io.IOException;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * CRUD routes of advertisers, campaigns, creatives and placements. PATCH is a JSON Merge Patch (RFC
 * 7386) applied to the object's current JSON and then validated like a create; the update is a
 * compare-and-set on the version from {@code If-Match}, the patch's {@code version}, or else the
 * version the patch was applied to.
 */
final class AdminRoutes {
  private static final int DEFAULT_LIMIT = 100;

  private final AdminService admin;
  private final Json json;

  AdminRoutes(ServerContext context) {
    this.admin = context.engine().admin();
    this.json = context.json();
  }

  void register(Router r) {
    r.post(
        "/v1/advertisers",
        ex -> created(ex, admin.createAdvertiser(manager(ex), ex.body(Advertiser.class))));
    r.get("/v1/advertisers", ex -> ex.json(200, admin.advertisers(manager(ex), listQuery(ex))));
    r.get(
        "/v1/advertisers/{id}",
        ex -> ex.json(200, admin.advertiser(manager(ex), id(ex, "advertiser"))));
    r.patch(
        "/v1/advertisers/{id}",
        ex ->
            patch(ex, "advertiser", admin::advertiser, Advertiser.class, admin::updateAdvertiser));
    r.delete(
        "/v1/advertisers/{id}",
        ex -> {
          admin.deleteAdvertiser(manager(ex), id(ex, "advertiser"));
          ex.noContent();
        });

    r.post(
        "/v1/campaigns",
        ex -> created(ex, admin.createCampaign(manager(ex), ex.body(Campaign.class))));
    r.get("/v1/campaigns", ex -> ex.json(200, admin.campaigns(manager(ex), listQuery(ex))));
    r.get(
        "/v1/campaigns/{id}", ex -> ex.json(200, admin.campaign(manager(ex), id(ex, "campaign"))));
    r.patch(
        "/v1/campaigns/{id}",
        ex -> patch(ex, "campaign", admin::campaign, Campaign.class, admin::updateCampaign));
    r.delete(
        "/v1/campaigns/{id}",
        ex -> {
          admin.deleteCampaign(manager(ex), id(ex, "campaign"));
          ex.noContent();
        });

    r.post(
        "/v1/creatives",
        ex -> created(ex, admin.createCreative(manager(ex), ex.body(Creative.class))));
    r.get("/v1/creatives", ex -> ex.json(200, admin.creatives(manager(ex), listQuery(ex))));
    r.get(
        "/v1/creatives/{id}", ex -> ex.json(200, admin.creative(manager(ex), id(ex, "creative"))));
    r.patch(
        "/v1/creatives/{id}",
        ex -> patch(ex, "creative", admin::creative, Creative.class, admin::updateCreative));
    r.delete(
        "/v1/creatives/{id}",
        ex -> {
          admin.deleteCreative(manager(ex), id(ex, "creative"));
          ex.noContent();
        });

    r.get(
        "/v1/placements", ex -> ex.json(200, new Items<>(admin.placements(ex.caller(Role.ADMIN)))));
    r.get(
        "/v1/placements/{id}",
        ex -> ex.json(200, admin.placement(ex.caller(Role.ADMIN), id(ex, "placement"))));
    r.put("/v1/placements/{id}", this::putPlacement);
  }

  /** A list response without paging. */
  record Items<T>(java.util.List<T> items) {}

  /** The body of {@code PUT /v1/placements/{id}}. */
  record PlacementInput(String name, Long floorCpmMicros, Boolean categoryExclusive) {}

  private void putPlacement(Exchange ex) throws IOException {
    Caller caller = ex.caller(Role.ADMIN);
    String id = id(ex, "placement");
    PlacementInput in = ex.body(PlacementInput.class);
    if (in.floorCpmMicros() == null) {
      throw new ValidationException("floorCpmMicros", "is required");
    }
    ex.json(
        200,
        admin.putPlacement(
            caller,
            new Placement(id, in.name(), in.floorCpmMicros(), in.categoryExclusive(), null)));
  }

  private static Caller manager(Exchange ex) {
    return ex.caller(Role.ADMIN, Role.ADVERTISER);
  }

  private static String id(Exchange ex, String kind) {
    return ex.pathParam("id", kind);
  }

  private static void created(Exchange ex, Object body) {
    ex.json(201, body);
  }

  static ListQuery listQuery(Exchange ex) {
    int limit = ex.intQuery("limit", DEFAULT_LIMIT, 1, ListQuery.MAX_LIMIT);
    Status status = ex.enumQuery("status", Status.class);
    return new ListQuery(
        ex.query("advertiserId").orElse(null),
        ex.query("campaignId").orElse(null),
        status,
        ex.query("after").orElse(null),
        limit);
  }

  /** GET current, merge the patch into its JSON, read it back and update with compare-and-set. */
  private <T> void patch(
      Exchange ex,
      String kind,
      BiFunction<Caller, String, T> get,
      Class<T> type,
      BiFunction<Caller, T, T> update)
      throws IOException {
    Caller caller = manager(ex);
    String id = id(ex, kind);
    JsonNode patch = ex.bodyTree();
    if (!patch.isObject()) {
      throw new ValidationException("body", "must be a JSON object (a merge patch)");
    }
    T current = get.apply(caller, id);
    JsonNode currentJson = json.toTree(current);
    long version = expectedVersion(ex, patch, currentJson.path("version").asLong());
    ObjectNode merged = (ObjectNode) MergePatch.apply(currentJson, withoutVersion(patch));
    merged.put("id", id);
    merged.put("version", version);
    T changed = json.fromTree(merged, type);
    ex.json(200, update.apply(caller, changed));
  }

  private static JsonNode withoutVersion(JsonNode patch) {
    ObjectNode copy = ((ObjectNode) patch).deepCopy();
    copy.remove("version");
    return copy;
  }

  private static long expectedVersion(Exchange ex, JsonNode patch, long currentVersion) {
    Optional<String> ifMatch = ex.header(HeaderNames.IF_MATCH);
    if (ifMatch.isPresent()) {
      String tag = ifMatch.get().strip();
      tag = tag.startsWith("W/") ? tag.substring(2) : tag;
      tag = tag.replace("\"", "");
      try {
        return Long.parseLong(tag);
      } catch (NumberFormatException e) {
        throw new ValidationException("If-Match", "must be the object's version, e.g. \"3\"");
      }
    }
    JsonNode version = patch.get("version");
    if (version == null || version.isNull()) {
      return currentVersion;
    }
    if (!version.canConvertToLong() || !version.isIntegralNumber()) {
      throw new ValidationException("version", "must be an integer");
    }
    return version.asLong();
  }
}
