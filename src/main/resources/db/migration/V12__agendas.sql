-- Agendas of rooms (events will join with their own column): ordered items co-edited live, the
-- run-of-show state, outcomes and action items, and templates a host keeps for its regular meetings.
-- Items carry a version: every saved change bumps it, and a field is only overwritten by someone
-- who saw its current value (see Agendas.edit). Positions stay contiguous and unique per agenda.

CREATE TABLE agenda (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    room_id         BIGINT        NULL,
    state           VARCHAR(16)   NOT NULL DEFAULT 'PLANNED',
    current_item_id BIGINT        NULL,
    item_started_at TIMESTAMP(6)  NULL,
    started_at      TIMESTAMP(6)  NULL,
    finished_at     TIMESTAMP(6)  NULL,
    created_by      BIGINT        NOT NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    updated_at      TIMESTAMP(6)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_agenda_room UNIQUE (room_id),
    CONSTRAINT fk_agenda_room FOREIGN KEY (room_id) REFERENCES room (id) ON DELETE CASCADE,
    CONSTRAINT ck_agenda_state CHECK (state IN ('PLANNED', 'RUNNING', 'FINISHED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agenda_item (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    agenda_id       BIGINT        NOT NULL,
    position        INT           NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    planned_minutes INT           NOT NULL,
    owner_id        BIGINT        NULL,
    notes           TEXT          NULL,
    outcome         TEXT          NULL,
    status          VARCHAR(16)   NOT NULL DEFAULT 'PLANNED',
    actual_seconds  INT           NULL,
    updated_by      BIGINT        NULL,
    updated_at      TIMESTAMP(6)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_agenda_item_position UNIQUE (agenda_id, position),
    CONSTRAINT fk_agenda_item_agenda FOREIGN KEY (agenda_id) REFERENCES agenda (id) ON DELETE CASCADE,
    CONSTRAINT fk_agenda_item_owner FOREIGN KEY (owner_id) REFERENCES member (id) ON DELETE SET NULL,
    CONSTRAINT ck_agenda_item_minutes CHECK (planned_minutes BETWEEN 1 AND 480),
    CONSTRAINT ck_agenda_item_status CHECK (status IN ('PLANNED', 'RUNNING', 'DONE', 'SKIPPED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_agenda_item_owner ON agenda_item (owner_id);

-- members the facilitators let edit (facilitators of the room always may)
CREATE TABLE agenda_editor (
    agenda_id  BIGINT       NOT NULL,
    member_id  BIGINT       NOT NULL,
    granted_by BIGINT       NOT NULL,
    granted_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (agenda_id, member_id),
    CONSTRAINT fk_agenda_editor_agenda FOREIGN KEY (agenda_id) REFERENCES agenda (id) ON DELETE CASCADE,
    CONSTRAINT fk_agenda_editor_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_agenda_editor_member ON agenda_editor (member_id);

CREATE TABLE action_item (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    agenda_id      BIGINT        NOT NULL,
    agenda_item_id BIGINT        NOT NULL,
    text           VARCHAR(500)  NOT NULL,
    assignee_id    BIGINT        NULL,
    due_on         DATE          NULL,
    done_at        TIMESTAMP(6)  NULL,
    done_by        BIGINT        NULL,
    created_by     BIGINT        NOT NULL,
    created_at     TIMESTAMP(6)  NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_action_item_agenda FOREIGN KEY (agenda_id) REFERENCES agenda (id) ON DELETE CASCADE,
    CONSTRAINT fk_action_item_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_action_item_assignee FOREIGN KEY (assignee_id) REFERENCES member (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_action_item_assignee ON action_item (assignee_id, done_at);
CREATE INDEX ix_action_item_agenda ON action_item (agenda_id);

CREATE TABLE agenda_template (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    name            VARCHAR(120)  NOT NULL,
    created_by      BIGINT        NOT NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uq_agenda_template_name UNIQUE (organisation_id, name),
    CONSTRAINT fk_agenda_template_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agenda_template_item (
    template_id     BIGINT        NOT NULL,
    position        INT           NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    planned_minutes INT           NOT NULL,
    notes           TEXT          NULL,
    PRIMARY KEY (template_id, position),
    CONSTRAINT fk_agenda_template_item_template FOREIGN KEY (template_id) REFERENCES agenda_template (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
