-- Meeting slots at an event: participants publish free slots (a table on site or a video link),
-- others request them alone or with up to two more participants; the slot's owner accepts or declines.
--
-- Nobody is double-booked, whatever runs at the same time: every published slot (for its owner) and
-- every pending or accepted request (for each of its guests) holds one meeting_booking row per member
-- and per 5-minute unit of its time. The primary key (member_id, unit_at) makes two overlapping holds
-- of one member impossible in the database itself; slot starts and lengths are multiples of 5 minutes.
-- A slot's seats are counted under a lock on its row (select ... for update).

CREATE TABLE meeting_slot (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id      BIGINT        NOT NULL,
    owner_id      BIGINT        NOT NULL,
    starts_at     TIMESTAMP(6)  NOT NULL,
    ends_at       TIMESTAMP(6)  NOT NULL,
    guests        INT           NOT NULL,
    table_label   VARCHAR(16)   NULL,
    video_url     VARCHAR(500)  NULL,
    held_at       TIMESTAMP(6)  NULL,
    created_at    TIMESTAMP(6)  NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_meeting_slot_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_slot_owner FOREIGN KEY (owner_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT ck_meeting_slot_guests CHECK (guests BETWEEN 1 AND 3),
    CONSTRAINT ck_meeting_slot_time CHECK (ends_at > starts_at),
    CONSTRAINT ck_meeting_slot_place CHECK (table_label IS NOT NULL OR video_url IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_meeting_slot_event ON meeting_slot (event_id, starts_at);
CREATE INDEX ix_meeting_slot_owner ON meeting_slot (owner_id, starts_at);
CREATE INDEX ix_meeting_slot_held ON meeting_slot (held_at, ends_at);

CREATE TABLE meeting_request (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    slot_id       BIGINT        NOT NULL,
    requester_id  BIGINT        NOT NULL,
    purpose       VARCHAR(200)  NOT NULL,
    seats         INT           NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    created_at    TIMESTAMP(6)  NOT NULL,
    answered_at   TIMESTAMP(6)  NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_meeting_request_slot FOREIGN KEY (slot_id) REFERENCES meeting_slot (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_request_requester FOREIGN KEY (requester_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT ck_meeting_request_status CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED')),
    CONSTRAINT ck_meeting_request_seats CHECK (seats BETWEEN 1 AND 3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_meeting_request_slot ON meeting_request (slot_id, status);
CREATE INDEX ix_meeting_request_requester ON meeting_request (requester_id, status);

-- who comes with a request: the requester and the participants they bring
CREATE TABLE meeting_guest (
    request_id BIGINT NOT NULL,
    member_id  BIGINT NOT NULL,
    PRIMARY KEY (request_id, member_id),
    CONSTRAINT fk_meeting_guest_request FOREIGN KEY (request_id) REFERENCES meeting_request (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_guest_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_meeting_guest_member ON meeting_guest (member_id);

CREATE TABLE meeting_booking (
    member_id  BIGINT       NOT NULL,
    unit_at    TIMESTAMP(6) NOT NULL,
    slot_id    BIGINT       NOT NULL,
    request_id BIGINT       NULL,
    PRIMARY KEY (member_id, unit_at),
    CONSTRAINT fk_meeting_booking_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_booking_slot FOREIGN KEY (slot_id) REFERENCES meeting_slot (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_booking_request FOREIGN KEY (request_id) REFERENCES meeting_request (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_meeting_booking_slot ON meeting_booking (slot_id);
CREATE INDEX ix_meeting_booking_request ON meeting_booking (request_id);
