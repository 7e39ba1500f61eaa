-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+ (the distributed store reuses it).
-- Objects are stored whole as JSON in "body"; the other columns exist for filters and
-- compare-and-set updates. Ids are ordered by the database collation: use the "C" collation on
-- PostgreSQL so that paging order matches Java's String order.

CREATE TABLE advertisers (
  id      VARCHAR(200) NOT NULL PRIMARY KEY,
  status  VARCHAR(16)  NOT NULL,
  version BIGINT       NOT NULL,
  body    TEXT         NOT NULL
);

CREATE TABLE campaigns (
  id            VARCHAR(200) NOT NULL PRIMARY KEY,
  advertiser_id VARCHAR(200) NOT NULL,
  status        VARCHAR(16)  NOT NULL,
  version       BIGINT       NOT NULL,
  body          TEXT         NOT NULL
);
CREATE INDEX campaigns_by_advertiser ON campaigns (advertiser_id, id);

CREATE TABLE creatives (
  id            VARCHAR(200) NOT NULL PRIMARY KEY,
  campaign_id   VARCHAR(200) NOT NULL,
  advertiser_id VARCHAR(200) NOT NULL,
  status        VARCHAR(16)  NOT NULL,
  version       BIGINT       NOT NULL,
  body          TEXT         NOT NULL
);
CREATE INDEX creatives_by_campaign ON creatives (campaign_id, id);
CREATE INDEX creatives_by_advertiser ON creatives (advertiser_id, id);

CREATE TABLE placements (
  id   VARCHAR(200) NOT NULL PRIMARY KEY,
  body TEXT         NOT NULL
);

CREATE TABLE api_keys (
  id            VARCHAR(200) NOT NULL PRIMARY KEY,
  secret_hash   VARCHAR(200) NOT NULL,
  advertiser_id VARCHAR(200),
  body          TEXT         NOT NULL,
  CONSTRAINT api_keys_secret_hash_unique UNIQUE (secret_hash)
);
CREATE INDEX api_keys_by_advertiser ON api_keys (advertiser_id);

-- One row per recorded delivery: the idempotency key and what was charged the first time.
CREATE TABLE ledger_entries (
  record_key      VARCHAR(500)             NOT NULL PRIMARY KEY,
  kind            VARCHAR(16)              NOT NULL,
  advertiser_id   VARCHAR(200),
  campaign_id     VARCHAR(200)             NOT NULL,
  creative_id     VARCHAR(200),
  occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  requested_micros BIGINT                  NOT NULL,
  charged_micros  BIGINT                   NOT NULL
);

-- The per-campaign lock row: every charge of a campaign locks it (SELECT ... FOR UPDATE) so that
-- budget checks and spend updates of one campaign are serialized, across processes too.
CREATE TABLE campaign_spend (
  campaign_id     VARCHAR(200) NOT NULL PRIMARY KEY,
  lifetime_micros BIGINT       NOT NULL
);

CREATE TABLE campaign_day_spend (
  campaign_id  VARCHAR(200) NOT NULL,
  epoch_day    BIGINT       NOT NULL,
  spent_micros BIGINT       NOT NULL,
  PRIMARY KEY (campaign_id, epoch_day)
);

-- Delivery counts per campaign and UTC hour, for reports.
CREATE TABLE delivery_hourly (
  campaign_id  VARCHAR(200) NOT NULL,
  epoch_hour   BIGINT       NOT NULL,
  impressions  BIGINT       NOT NULL,
  clicks       BIGINT       NOT NULL,
  conversions  BIGINT       NOT NULL,
  spend_micros BIGINT       NOT NULL,
  PRIMARY KEY (campaign_id, epoch_hour)
);

-- Lifetime counts per creative: the evidence for smoothed CTR/CVR estimates.
CREATE TABLE creative_totals (
  campaign_id  VARCHAR(200) NOT NULL,
  creative_id  VARCHAR(200) NOT NULL,
  impressions  BIGINT       NOT NULL,
  clicks       BIGINT       NOT NULL,
  conversions  BIGINT       NOT NULL,
  spend_micros BIGINT       NOT NULL,
  PRIMARY KEY (campaign_id, creative_id)
);
