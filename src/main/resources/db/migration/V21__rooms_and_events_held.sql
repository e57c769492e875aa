-- A room or an event counts as held once its end has passed (a room also when its facilitators closed
-- it), announced once to the other modules (RoomHeld, EventHeld: impact counts sessions and events held,
-- working groups their sessions' attendance). held_at marks the announcement, in the same transaction.
-- Rooms and events that ended before this migration are announced by the first runs, with their own
-- end as the day they were held.

ALTER TABLE room ADD COLUMN held_at TIMESTAMP(6) NULL;
ALTER TABLE event ADD COLUMN held_at TIMESTAMP(6) NULL;
CREATE INDEX ix_room_held ON room (held_at, ends_at);
CREATE INDEX ix_event_held ON event (held_at, ends_at);
