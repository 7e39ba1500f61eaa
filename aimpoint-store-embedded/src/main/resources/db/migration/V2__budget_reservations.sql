-- Budget reservations (issue 6): a decision holds the most its billable event can be charged until
-- the event commits it, it is released, or it expires. Only OPEN rows with expires_at in the future
-- hold budget; every change of a campaign's holds runs under its campaign_spend row lock.
CREATE TABLE budget_reservations (
  reservation_id VARCHAR(500)             NOT NULL PRIMARY KEY,
  campaign_id    VARCHAR(200)             NOT NULL,
  epoch_day      BIGINT                   NOT NULL,
  amount_micros  BIGINT                   NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  state          VARCHAR(16)              NOT NULL,
  charged_micros BIGINT                   NOT NULL
);

-- The holds of one campaign (reserve, record) and the expiry sweep read only OPEN rows.
CREATE INDEX budget_reservations_open ON budget_reservations (campaign_id, state, expires_at);
CREATE INDEX budget_reservations_expiry ON budget_reservations (state, expires_at);

-- Which reservation a ledger entry committed, if any.
ALTER TABLE ledger_entries ADD COLUMN reservation_id VARCHAR(500);
