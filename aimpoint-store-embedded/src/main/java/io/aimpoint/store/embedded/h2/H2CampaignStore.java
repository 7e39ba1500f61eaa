package io.aimpoint.store.embedded.h2;

import io.aimpoint.core.campaign.Advertiser;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.Placement;
import io.aimpoint.core.store.CampaignStore;
import io.aimpoint.core.store.ListQuery;
import io.aimpoint.core.store.Page;
import io.aimpoint.core.store.StaleVersionException;
import io.aimpoint.core.store.StoreException;
import io.aimpoint.store.embedded.codec.Json;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link CampaignStore} over JDBC. Each object is one row: its JSON in {@code body} plus the
 * columns listings filter on. Updates are a compare-and-set in SQL ({@code WHERE version = ?}), so
 * they are atomic without holding locks; cascading deletes run in one transaction. Filters on a
 * kind's own id ({@code advertiserId} for advertisers, {@code campaignId} for campaigns) match that
 * id.
 *
 * <p>Durable when a call returns: see {@link H2Database}.
 */
public final class H2CampaignStore implements CampaignStore {
  /**
   * How one kind maps to its table: the indexed columns beside id, version and body, and which
   * column each {@link ListQuery} filter applies to (null: the filter does not apply).
   */
  private record Table<T>(
      String name,
      String kind,
      Class<T> type,
      Function<T, String> id,
      Function<T, Long> version,
      List<String> columns,
      Function<T, List<Object>> values,
      String advertiserFilter,
      String campaignFilter) {}

  private static final Table<Advertiser> ADVERTISERS =
      new Table<>(
          "advertisers",
          "advertiser",
          Advertiser.class,
          Advertiser::id,
          Advertiser::version,
          List.of("status"),
          a -> List.of(a.status().name()),
          "id",
          null);
  private static final Table<Campaign> CAMPAIGNS =
      new Table<>(
          "campaigns",
          "campaign",
          Campaign.class,
          Campaign::id,
          Campaign::version,
          List.of("advertiser_id", "status"),
          c -> List.of(c.advertiserId(), c.status().name()),
          "advertiser_id",
          "id");
  private static final Table<Creative> CREATIVES =
      new Table<>(
          "creatives",
          "creative",
          Creative.class,
          Creative::id,
          Creative::version,
          List.of("campaign_id", "advertiser_id", "status"),
          c -> List.of(c.campaignId(), c.advertiserId(), c.status().name()),
          "advertiser_id",
          "campaign_id");

  private final Jdbc jdbc;

  public H2CampaignStore(H2Database database) {
    this.jdbc = database.jdbc();
  }

  @Override
  public void createAdvertiser(Advertiser advertiser) {
    create(ADVERTISERS, advertiser);
  }

  @Override
  public Optional<Advertiser> advertiser(String id) {
    return find(ADVERTISERS, id);
  }

  @Override
  public boolean updateAdvertiser(Advertiser advertiser) {
    return update(ADVERTISERS, advertiser);
  }

  @Override
  public boolean deleteAdvertiser(String id) {
    return jdbc.transact(
        "delete advertiser " + id,
        c -> {
          if (Jdbc.update(c, "DELETE FROM advertisers WHERE id = ?", id) == 0) {
            return false;
          }
          Jdbc.update(c, "DELETE FROM creatives WHERE advertiser_id = ?", id);
          Jdbc.update(c, "DELETE FROM campaigns WHERE advertiser_id = ?", id);
          return true;
        });
  }

  @Override
  public Page<Advertiser> advertisers(ListQuery query) {
    return list(ADVERTISERS, query);
  }

  @Override
  public void createCampaign(Campaign campaign) {
    create(CAMPAIGNS, campaign);
  }

  @Override
  public Optional<Campaign> campaign(String id) {
    return find(CAMPAIGNS, id);
  }

  @Override
  public boolean updateCampaign(Campaign campaign) {
    return update(CAMPAIGNS, campaign);
  }

  @Override
  public boolean deleteCampaign(String id) {
    return jdbc.transact(
        "delete campaign " + id,
        c -> {
          if (Jdbc.update(c, "DELETE FROM campaigns WHERE id = ?", id) == 0) {
            return false;
          }
          Jdbc.update(c, "DELETE FROM creatives WHERE campaign_id = ?", id);
          return true;
        });
  }

  @Override
  public Page<Campaign> campaigns(ListQuery query) {
    return list(CAMPAIGNS, query);
  }

  @Override
  public void createCreative(Creative creative) {
    create(CREATIVES, creative);
  }

  @Override
  public Optional<Creative> creative(String id) {
    return find(CREATIVES, id);
  }

  @Override
  public boolean updateCreative(Creative creative) {
    return update(CREATIVES, creative);
  }

  @Override
  public boolean deleteCreative(String id) {
    return jdbc.transact(
        "delete creative " + id, c -> Jdbc.update(c, "DELETE FROM creatives WHERE id = ?", id) > 0);
  }

  @Override
  public Page<Creative> creatives(ListQuery query) {
    return list(CREATIVES, query);
  }

  @Override
  public void putPlacement(Placement placement) {
    Objects.requireNonNull(placement.id(), "placement.id");
    String body = Json.write(placement);
    jdbc.transact(
        "put placement " + placement.id(),
        c -> {
          if (Jdbc.update(c, "UPDATE placements SET body = ? WHERE id = ?", body, placement.id())
              == 0) {
            Jdbc.update(c, "INSERT INTO placements (id, body) VALUES (?, ?)", placement.id(), body);
          }
          return null;
        });
  }

  @Override
  public Optional<Placement> placement(String id) {
    return jdbc.transact(
        "read placement " + id,
        c ->
            Jdbc.queryOne(
                c,
                "SELECT body FROM placements WHERE id = ?",
                r -> Json.read(r.getString(1), Placement.class),
                id));
  }

  @Override
  public List<Placement> placements() {
    return jdbc.transact(
        "list placements",
        c ->
            Jdbc.query(
                c,
                "SELECT body FROM placements ORDER BY id",
                r -> Json.read(r.getString(1), Placement.class)));
  }

  private <T> void create(Table<T> table, T value) {
    String id = Objects.requireNonNull(table.id().apply(value), table.kind() + ".id");
    List<Object> params = new ArrayList<>();
    params.add(id);
    params.addAll(table.values().apply(value));
    params.add(table.version().apply(value));
    params.add(Json.write(value));
    String sql =
        "INSERT INTO %s (id, %s, version, body) VALUES (?, %s, ?, ?)"
            .formatted(
                table.name(),
                String.join(", ", table.columns()),
                String.join(", ", table.columns().stream().map(col -> "?").toList()));
    try {
      jdbc.inTransaction(c -> Jdbc.update(c, sql, params.toArray()));
    } catch (SQLException e) {
      if (Jdbc.isUniqueViolation(e)) {
        throw new IllegalArgumentException(table.kind() + " already exists; id=" + id, e);
      }
      throw new StoreException("cannot create " + table.kind() + " " + id, e);
    }
  }

  private <T> Optional<T> find(Table<T> table, String id) {
    if (id == null) {
      return Optional.empty();
    }
    return jdbc.transact(
        "read " + table.kind() + " " + id,
        c ->
            Jdbc.queryOne(
                c,
                "SELECT body FROM " + table.name() + " WHERE id = ?",
                r -> Json.read(r.getString(1), table.type()),
                id));
  }

  private <T> boolean update(Table<T> table, T value) {
    String id = Objects.requireNonNull(table.id().apply(value), table.kind() + ".id");
    long newVersion = table.version().apply(value);
    List<Object> params = new ArrayList<>(table.values().apply(value));
    params.add(newVersion);
    params.add(Json.write(value));
    params.add(id);
    params.add(newVersion - 1);
    String sql =
        "UPDATE %s SET %s, version = ?, body = ? WHERE id = ? AND version = ?"
            .formatted(
                table.name(),
                String.join(", ", table.columns().stream().map(col -> col + " = ?").toList()));
    return jdbc.transact(
        "update " + table.kind() + " " + id,
        c -> {
          if (Jdbc.update(c, sql, params.toArray()) == 1) {
            return true;
          }
          boolean exists =
              Jdbc.queryOne(c, "SELECT 1 FROM " + table.name() + " WHERE id = ?", r -> 1, id)
                  .isPresent();
          if (exists) {
            throw new StaleVersionException(table.kind(), id, newVersion - 1);
          }
          return false;
        });
  }

  private <T> Page<T> list(Table<T> table, ListQuery query) {
    StringBuilder sql = new StringBuilder("SELECT id, body FROM " + table.name() + " WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    filter(sql, params, table.advertiserFilter(), query.advertiserId());
    filter(sql, params, table.campaignFilter(), query.campaignId());
    filter(sql, params, "status", query.status() == null ? null : query.status().name());
    if (query.after() != null) {
      sql.append(" AND id > ?");
      params.add(query.after());
    }
    // one row more than asked tells whether another page follows
    sql.append(" ORDER BY id LIMIT ?");
    params.add(query.limit() + 1);
    List<T> rows =
        jdbc.transact(
            "list " + table.name(),
            c ->
                Jdbc.query(
                    c,
                    sql.toString(),
                    r -> Json.read(r.getString(2), table.type()),
                    params.toArray()));
    if (rows.size() <= query.limit()) {
      return new Page<>(rows, null);
    }
    List<T> items = rows.subList(0, query.limit());
    return new Page<>(items, table.id().apply(items.getLast()));
  }

  private static void filter(StringBuilder sql, List<Object> params, String column, Object value) {
    if (column != null && value != null) {
      sql.append(" AND ").append(column).append(" = ?");
      params.add(value);
    }
  }
}
