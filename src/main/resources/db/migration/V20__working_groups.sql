-- Working groups of a hub: members with a role, requests and invitations to join, the sessions
-- (a room and/or an event of the hub) whose agendas start from the group's template, and the
-- decision log promoted from agenda outcomes. The database decides: one membership and one pending
-- request or invitation per (group, member), one decision per (group, agenda item).

CREATE TABLE working_group (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    name            VARCHAR(120)  NOT NULL,
    purpose         TEXT          NULL,
    template_id     BIGINT        NULL,
    created_by      BIGINT        NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_working_group_name UNIQUE (organisation_id, name),
    CONSTRAINT fk_working_group_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT fk_working_group_template FOREIGN KEY (template_id) REFERENCES agenda_template (id) ON DELETE SET NULL,
    CONSTRAINT fk_working_group_creator FOREIGN KEY (created_by) REFERENCES member (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE working_group_member (
    group_id  BIGINT       NOT NULL,
    member_id BIGINT       NOT NULL,
    role      VARCHAR(16)  NOT NULL,
    joined_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (group_id, member_id),
    CONSTRAINT fk_working_group_member_group FOREIGN KEY (group_id) REFERENCES working_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_working_group_member_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT ck_working_group_member_role CHECK (role IN ('CO_LEAD', 'MEMBER', 'OBSERVER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_working_group_member_member ON working_group_member (member_id);

-- REQUEST: the member asked, a co-lead answers; INVITATION: a co-lead invited, the member answers
CREATE TABLE working_group_request (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id   BIGINT       NOT NULL,
    member_id  BIGINT       NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    role       VARCHAR(16)  NOT NULL,
    invited_by BIGINT       NULL,
    created_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_working_group_request UNIQUE (group_id, member_id),
    CONSTRAINT fk_working_group_request_group FOREIGN KEY (group_id) REFERENCES working_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_working_group_request_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT fk_working_group_request_inviter FOREIGN KEY (invited_by) REFERENCES member (id) ON DELETE SET NULL,
    CONSTRAINT ck_working_group_request_kind CHECK (kind IN ('REQUEST', 'INVITATION')),
    CONSTRAINT ck_working_group_request_role CHECK (role IN ('CO_LEAD', 'MEMBER', 'OBSERVER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_working_group_request_member ON working_group_request (member_id);

-- title and start are copied from the room or event when linked, so the group's list of sessions
-- reads one table; the agenda is remembered once started
CREATE TABLE working_group_session (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id  BIGINT       NOT NULL,
    room_id   BIGINT       NULL,
    event_id  BIGINT       NULL,
    title     VARCHAR(200) NOT NULL,
    starts_at TIMESTAMP(6) NOT NULL,
    time_zone VARCHAR(64)  NOT NULL,
    agenda_id BIGINT       NULL,
    linked_by BIGINT       NULL,
    linked_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_working_group_session_room UNIQUE (group_id, room_id),
    CONSTRAINT uq_working_group_session_event UNIQUE (group_id, event_id),
    CONSTRAINT fk_working_group_session_group FOREIGN KEY (group_id) REFERENCES working_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_working_group_session_room FOREIGN KEY (room_id) REFERENCES room (id) ON DELETE CASCADE,
    CONSTRAINT fk_working_group_session_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT fk_working_group_session_agenda FOREIGN KEY (agenda_id) REFERENCES agenda (id) ON DELETE SET NULL,
    CONSTRAINT fk_working_group_session_linker FOREIGN KEY (linked_by) REFERENCES member (id) ON DELETE SET NULL,
    CONSTRAINT ck_working_group_session_owner CHECK (room_id IS NOT NULL OR event_id IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_working_group_session_group ON working_group_session (group_id, starts_at);

-- the text is copied from the outcome: the log keeps what was decided even if the agenda changes;
-- promoted_by is emptied when that member erases their account (the decision stays)
CREATE TABLE working_group_decision (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id       BIGINT       NOT NULL,
    session_id     BIGINT       NULL,
    agenda_item_id BIGINT       NOT NULL,
    decided_on     DATE         NOT NULL,
    text           TEXT         NOT NULL,
    promoted_by    BIGINT       NULL,
    promoted_at    TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_working_group_decision UNIQUE (group_id, agenda_item_id),
    CONSTRAINT fk_working_group_decision_group FOREIGN KEY (group_id) REFERENCES working_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_working_group_decision_session FOREIGN KEY (session_id) REFERENCES working_group_session (id) ON DELETE SET NULL,
    CONSTRAINT fk_working_group_decision_promoter FOREIGN KEY (promoted_by) REFERENCES member (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_working_group_decision_group ON working_group_decision (group_id, decided_on);

-- a deliverable's file lives in its row (LONGBLOB, at most 10 MB, checked before storing): it is
-- backed up, erased and rolled back with the rest of the group's data, with no files to keep in step
CREATE TABLE working_group_deliverable (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id     BIGINT        NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    owner_id     BIGINT        NULL,
    status       VARCHAR(16)   NOT NULL DEFAULT 'DRAFT',
    due_on       DATE          NULL,
    link         VARCHAR(500)  NULL,
    file_name    VARCHAR(200)  NULL,
    file_type    VARCHAR(100)  NULL,
    file_content LONGBLOB      NULL,
    created_by   BIGINT        NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    updated_at   TIMESTAMP(6)  NOT NULL,
    delivered_at TIMESTAMP(6)  NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_working_group_deliverable_group FOREIGN KEY (group_id) REFERENCES working_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_working_group_deliverable_owner FOREIGN KEY (owner_id) REFERENCES member (id) ON DELETE SET NULL,
    CONSTRAINT fk_working_group_deliverable_creator FOREIGN KEY (created_by) REFERENCES member (id) ON DELETE SET NULL,
    CONSTRAINT ck_working_group_deliverable_status CHECK (status IN ('DRAFT', 'IN_REVIEW', 'DELIVERED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_working_group_deliverable_group ON working_group_deliverable (group_id, due_on);
