-- Attendance of a working group's sessions, recorded once when the linked room or event was held
-- (RoomHeld, EventHeld). The steering view shows every group's attendance trend from these counts in
-- one query, and the group's page shows them per session, without asking the room and event modules
-- again (their attendance may change or be erased later; what the group saw at the time stays).
-- held_at is also the "recorded once" mark: a second announcement of the same room or event changes
-- nothing. expected = the group's co-leads and members at that moment (observers are not expected),
-- expected_attended = how many of them came, attendees = everyone who came (observers and guests too).
-- attendance_source says what counted as coming: ROOM (entered the room), CHECK_IN (checked in at the
-- event's door), RSVP (the event's host used no check-in: those going are counted instead).

ALTER TABLE working_group_session
    ADD COLUMN held_at           TIMESTAMP(6) NULL,
    ADD COLUMN attendees         INT          NULL,
    ADD COLUMN expected          INT          NULL,
    ADD COLUMN expected_attended INT          NULL,
    ADD COLUMN attendance_source VARCHAR(16)  NULL,
    ADD CONSTRAINT ck_working_group_session_attendance CHECK (
        (held_at IS NULL AND attendees IS NULL AND expected IS NULL AND expected_attended IS NULL AND attendance_source IS NULL)
        OR (held_at IS NOT NULL AND attendees >= 0 AND expected >= 0 AND expected_attended BETWEEN 0 AND expected
            AND attendance_source IN ('ROOM', 'CHECK_IN', 'RSVP')));

CREATE INDEX ix_working_group_session_held ON working_group_session (group_id, held_at);
