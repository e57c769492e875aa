-- An agenda belongs to a room or to an event (an in-person session has no room), never both.
ALTER TABLE agenda
    ADD COLUMN event_id BIGINT NULL AFTER room_id,
    ADD CONSTRAINT uq_agenda_event UNIQUE (event_id),
    ADD CONSTRAINT fk_agenda_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    ADD CONSTRAINT ck_agenda_owner CHECK ((room_id IS NULL) <> (event_id IS NULL));
