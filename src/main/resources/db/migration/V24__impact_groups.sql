-- Per-group engagement: the history remembers which working group an event belongs to (a session held,
-- a decision logged, a deliverable delivered, an action of one of its sessions' agendas done), and for a
-- session held how many of the group's expected people there were and how many of them came.
-- Sessions and events held are counted from RoomHeld and EventHeld (kinds ROOM_HELD, EVENT_HELD).

ALTER TABLE impact_event ADD COLUMN group_id BIGINT NULL;
ALTER TABLE impact_event ADD COLUMN expected INT NULL;
ALTER TABLE impact_event ADD COLUMN came INT NULL;
-- covering: the per-group figures read the index only
CREATE INDEX ix_impact_event_group ON impact_event (hub_id, group_id, day, kind, expected, came, on_time);
