-- Themed round-table rooms: schedule, visibility, facilitators and invitations, round tables with
-- seats, chat, and attendance. Seat limits are decided here, not in memory: a member sits at most
-- at one table per room (unique), and seating locks the table row while it counts.

CREATE TABLE room (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    title           VARCHAR(120)  NOT NULL,
    theme           VARCHAR(80)   NOT NULL,
    description     TEXT          NULL,
    starts_at       TIMESTAMP(6)  NOT NULL,
    ends_at         TIMESTAMP(6)  NOT NULL,
    time_zone       VARCHAR(64)   NOT NULL,
    visibility      VARCHAR(16)   NOT NULL,
    capacity        INT           NOT NULL,
    state           VARCHAR(16)   NOT NULL DEFAULT 'SCHEDULED',
    announcement    VARCHAR(500)  NULL,
    countdown_ends  TIMESTAMP(6)  NULL,
    countdown_label VARCHAR(120)  NULL,
    created_by      BIGINT        NOT NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    updated_at      TIMESTAMP(6)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_room_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_room_visibility CHECK (visibility IN ('MEMBERS', 'ORGANISATION', 'INVITE_ONLY')),
    CONSTRAINT ck_room_state CHECK (state IN ('SCHEDULED', 'OPEN', 'CLOSED')),
    CONSTRAINT ck_room_capacity CHECK (capacity > 0),
    CONSTRAINT ck_room_schedule CHECK (ends_at > starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_room_starts ON room (starts_at);
CREATE INDEX ix_room_ends ON room (ends_at);
CREATE INDEX ix_room_organisation ON room (organisation_id, starts_at);
CREATE INDEX ix_room_theme ON room (theme);

CREATE TABLE room_facilitator (
    room_id   BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    PRIMARY KEY (room_id, member_id),
    CONSTRAINT fk_room_facilitator_room FOREIGN KEY (room_id) REFERENCES room (id) ON DELETE CASCADE,
    CONSTRAINT fk_room_facilitator_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_room_facilitator_member ON room_facilitator (member_id);

CREATE TABLE room_invitation (
    room_id    BIGINT       NOT NULL,
    member_id  BIGINT       NOT NULL,
    invited_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (room_id, member_id),
    CONSTRAINT fk_room_invitation_room FOREIGN KEY (room_id) REFERENCES room (id) ON DELETE CASCADE,
    CONSTRAINT fk_room_invitation_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_room_invitation_member ON room_invitation (member_id);

CREATE TABLE round_table (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    room_id   BIGINT        NOT NULL,
    position  INT           NOT NULL,
    name      VARCHAR(80)   NOT NULL,
    topic     VARCHAR(200)  NULL,
    seats     INT           NOT NULL,
    video_url VARCHAR(500)  NULL,
    locked    BOOLEAN       NOT NULL DEFAULT FALSE,
    version   BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_round_table_room FOREIGN KEY (room_id) REFERENCES room (id) ON DELETE CASCADE,
    CONSTRAINT ck_round_table_seats CHECK (seats BETWEEN 2 AND 50)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_round_table_room ON round_table (room_id, position);

-- Who sits where now. Rows go when a member leaves, switches, or their live session ends.
CREATE TABLE seat (
    room_id   BIGINT       NOT NULL,
    table_id  BIGINT       NOT NULL,
    member_id BIGINT       NOT NULL,
    seated_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (room_id, member_id),
    CONSTRAINT fk_seat_room FOREIGN KEY (room_id) REFERENCES room (id) ON DELETE CASCADE,
    CONSTRAINT fk_seat_table FOREIGN KEY (table_id) REFERENCES round_table (id) ON DELETE CASCADE,
    CONSTRAINT fk_seat_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_seat_table ON seat (table_id);

-- Chat of a room (table_id null) or of one table. Authors who erased their account stay as null
-- ("former member"); removed messages keep who removed them, for the record, but are not shown.
CREATE TABLE chat_message (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    room_id    BIGINT        NOT NULL,
    table_id   BIGINT        NULL,
    author_id  BIGINT        NULL,
    body       VARCHAR(1000) NOT NULL,
    sent_at    TIMESTAMP(6)  NOT NULL,
    removed_at TIMESTAMP(6)  NULL,
    removed_by BIGINT        NULL,
    CONSTRAINT fk_chat_room FOREIGN KEY (room_id) REFERENCES room (id) ON DELETE CASCADE,
    CONSTRAINT fk_chat_table FOREIGN KEY (table_id) REFERENCES round_table (id) ON DELETE CASCADE,
    CONSTRAINT fk_chat_author FOREIGN KEY (author_id) REFERENCES member (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_chat_topic ON chat_message (room_id, table_id, sent_at);

-- Who joined which room and table, when: what impact indicators count.
CREATE TABLE attendance (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    room_id   BIGINT       NOT NULL,
    table_id  BIGINT       NULL,
    member_id BIGINT       NOT NULL,
    joined_at TIMESTAMP(6) NOT NULL,
    left_at   TIMESTAMP(6) NULL,
    CONSTRAINT fk_attendance_room FOREIGN KEY (room_id) REFERENCES room (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_attendance_room ON attendance (room_id, joined_at);
CREATE INDEX ix_attendance_member ON attendance (member_id, joined_at);
