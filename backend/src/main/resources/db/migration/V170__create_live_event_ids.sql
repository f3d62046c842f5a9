-- Ids of live events (docs/notifications.md, "Live updates"). Each pg_notify on channel cairn_live
-- carries the next value, so an event has the same id on every instance that hears it, and a client
-- reconnecting to any instance can name the last event it received (Last-Event-ID).
create sequence live_event_ids;
