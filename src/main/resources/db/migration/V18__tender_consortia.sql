-- Tender consortia: a lead member opens a tender card with the roles the bid needs, invites members
-- or organisations to each role, and the consortium is formed once every role has an accepted party.
-- The database decides: one invitation per party and role, one accepted party per role, and the
-- formation moment is written once (formed_at) under the tender row's lock.

CREATE TABLE tender (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    lead_id     BIGINT         NOT NULL,
    title       VARCHAR(160)   NOT NULL,
    buyer       VARCHAR(160)   NOT NULL,
    deadline    DATE           NOT NULL,
    link        VARCHAR(500)   NOT NULL,
    budget_min  DECIMAL(14, 2) NULL,
    budget_max  DECIMAL(14, 2) NULL,
    currency    CHAR(3)        NOT NULL DEFAULT 'EUR',
    description TEXT           NULL,
    formed_at   TIMESTAMP(6)   NULL,
    created_at  TIMESTAMP(6)   NOT NULL,
    updated_at  TIMESTAMP(6)   NOT NULL,
    version     BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_tender_lead FOREIGN KEY (lead_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT ck_tender_budget CHECK (budget_min IS NULL OR budget_max IS NULL OR budget_min <= budget_max),
    CONSTRAINT ck_tender_currency CHECK (currency = 'EUR')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_tender_lead ON tender (lead_id, deadline);
CREATE INDEX ix_tender_deadline ON tender (deadline);

CREATE TABLE tender_role (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    tender_id BIGINT       NOT NULL,
    name      VARCHAR(120) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_tender_role_tender FOREIGN KEY (tender_id) REFERENCES tender (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_tender_role_tender ON tender_role (tender_id, id);

CREATE TABLE tender_role_sector (
    role_id BIGINT      NOT NULL,
    sector  VARCHAR(32) NOT NULL,
    PRIMARY KEY (role_id, sector),
    CONSTRAINT fk_tender_role_sector_role FOREIGN KEY (role_id) REFERENCES tender_role (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tender_role_skill (
    role_id BIGINT      NOT NULL,
    skill   VARCHAR(60) NOT NULL,
    PRIMARY KEY (role_id, skill),
    CONSTRAINT fk_tender_role_skill_role FOREIGN KEY (role_id) REFERENCES tender_role (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- an invitation goes to a member or to an organisation (whose managers answer), never both
CREATE TABLE tender_invitation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    tender_id       BIGINT       NOT NULL,
    role_id         BIGINT       NOT NULL,
    member_id       BIGINT       NULL,
    organisation_id BIGINT       NULL,
    note            VARCHAR(500) NULL,
    status          VARCHAR(16)  NOT NULL DEFAULT 'PENDING',
    invited_at      TIMESTAMP(6) NOT NULL,
    answered_at     TIMESTAMP(6) NULL,
    answered_by     BIGINT       NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    -- set only while accepted: unique, so a role never has two accepted parties
    accepted_role   BIGINT AS (IF(status = 'ACCEPTED', role_id, NULL)) PERSISTENT,
    CONSTRAINT uq_tender_invitation_member UNIQUE (role_id, member_id),
    CONSTRAINT uq_tender_invitation_organisation UNIQUE (role_id, organisation_id),
    CONSTRAINT uq_tender_invitation_accepted UNIQUE (accepted_role),
    CONSTRAINT fk_tender_invitation_tender FOREIGN KEY (tender_id) REFERENCES tender (id) ON DELETE CASCADE,
    CONSTRAINT fk_tender_invitation_role FOREIGN KEY (role_id) REFERENCES tender_role (id) ON DELETE CASCADE,
    CONSTRAINT fk_tender_invitation_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT fk_tender_invitation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT fk_tender_invitation_answered_by FOREIGN KEY (answered_by) REFERENCES member (id) ON DELETE SET NULL,
    CONSTRAINT ck_tender_invitation_party CHECK ((member_id IS NULL) <> (organisation_id IS NULL)),
    CONSTRAINT ck_tender_invitation_status CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_tender_invitation_tender ON tender_invitation (tender_id, role_id);
CREATE INDEX ix_tender_invitation_member ON tender_invitation (member_id, status);
CREATE INDEX ix_tender_invitation_organisation ON tender_invitation (organisation_id, status);

-- deadline reminders already sent: one row per tender, member and threshold (days before)
CREATE TABLE tender_reminder (
    tender_id   BIGINT       NOT NULL,
    member_id   BIGINT       NOT NULL,
    days_before INT          NOT NULL,
    sent_at     TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (tender_id, member_id, days_before),
    CONSTRAINT fk_tender_reminder_tender FOREIGN KEY (tender_id) REFERENCES tender (id) ON DELETE CASCADE,
    CONSTRAINT fk_tender_reminder_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
