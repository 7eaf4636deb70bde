-- An event that must happen once (one quota alert per connection and window) carries a key; the unique index keeps
-- it once across every node. Other events have none.
ALTER TABLE outbox_events ADD COLUMN dedup_key VARCHAR(255);

CREATE UNIQUE INDEX ux_outbox_events_dedup_key ON outbox_events (dedup_key);
