-- Hub events: in a venue and/or online through a room, with RSVP, waitlist and check-in. Capacity is
-- decided under a lock on the event row; arrival order is the RSVP id order. Mail goes through an
-- outbox written in the same transaction, so a mail server that is down never blocks an RSVP.

CREATE TABLE event (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id      BIGINT        NOT NULL,
    venue_id             BIGINT        NULL,
    room_id              BIGINT        NULL,
    title                VARCHAR(160)  NOT NULL,
    theme                VARCHAR(80)   NOT NULL,
    description          TEXT          NULL,
    company_presentation TEXT          NULL,
    topic                VARCHAR(300)  NULL,
    format               VARCHAR(16)   NOT NULL,
    starts_at            TIMESTAMP(6)  NOT NULL,
    ends_at              TIMESTAMP(6)  NOT NULL,
    time_zone            VARCHAR(64)   NOT NULL,
    capacity             INT           NOT NULL,
    rsvp_deadline        TIMESTAMP(6)  NULL,
    state                VARCHAR(16)   NOT NULL DEFAULT 'SCHEDULED',
    sequence             INT           NOT NULL DEFAULT 0,
    created_by           BIGINT        NOT NULL,
    created_at           TIMESTAMP(6)  NOT NULL,
    updated_at           TIMESTAMP(6)  NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_event_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_event_venue FOREIGN KEY (venue_id) REFERENCES venue (id) ON DELETE SET NULL,
    CONSTRAINT fk_event_room FOREIGN KEY (room_id) REFERENCES room (id) ON DELETE SET NULL,
    CONSTRAINT ck_event_format CHECK (format IN ('IN_PERSON', 'ONLINE', 'HYBRID')),
    CONSTRAINT ck_event_state CHECK (state IN ('SCHEDULED', 'CANCELLED')),
    CONSTRAINT ck_event_capacity CHECK (capacity > 0),
    CONSTRAINT ck_event_schedule CHECK (ends_at > starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_event_starts ON event (starts_at);
CREATE INDEX ix_event_organisation ON event (organisation_id, starts_at);
CREATE INDEX ix_event_theme ON event (theme);

CREATE TABLE rsvp (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id       BIGINT        NOT NULL,
    member_id      BIGINT        NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    checkin_token  VARCHAR(64)   NOT NULL,
    checked_in_at  TIMESTAMP(6)  NULL,
    reminded_at    TIMESTAMP(6)  NULL,
    created_at     TIMESTAMP(6)  NOT NULL,
    updated_at     TIMESTAMP(6)  NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_rsvp_member UNIQUE (event_id, member_id),
    CONSTRAINT uq_rsvp_token UNIQUE (checkin_token),
    CONSTRAINT fk_rsvp_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_rsvp_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT ck_rsvp_status CHECK (status IN ('GOING', 'WAITLISTED', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_rsvp_event_status ON rsvp (event_id, status, id);
CREATE INDEX ix_rsvp_member ON rsvp (member_id, status);

-- a member's subscribable calendar: only the hash of its secret is kept
CREATE TABLE calendar_feed (
    member_id  BIGINT       PRIMARY KEY,
    token_hash CHAR(64)     NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_calendar_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mail_outbox (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient       VARCHAR(320)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            TEXT          NOT NULL,
    calendar        MEDIUMTEXT    NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(6)  NOT NULL,
    sent_at         TIMESTAMP(6)  NULL,
    last_error      VARCHAR(500)  NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_mail_outbox_due ON mail_outbox (sent_at, next_attempt_at);
