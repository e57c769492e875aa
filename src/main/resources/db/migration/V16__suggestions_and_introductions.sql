-- Suggestions with reasons are computed on demand (never stored); what is stored is what a member
-- said about them ("not relevant") and the introductions hub managers make between two members.

CREATE TABLE suggestion_dismissal (
    member_id    BIGINT       NOT NULL,
    target_kind  VARCHAR(16)  NOT NULL,
    target_id    BIGINT       NOT NULL,
    dismissed_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (member_id, target_kind, target_id),
    CONSTRAINT fk_suggestion_dismissal_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT ck_suggestion_dismissal_kind CHECK (target_kind IN ('MEMBER', 'ORGANISATION', 'POST'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE introduction (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    hub_id         BIGINT        NOT NULL,
    introduced_by  BIGINT        NULL,
    member_a       BIGINT        NOT NULL,
    member_b       BIGINT        NOT NULL,
    note           VARCHAR(500)  NOT NULL,
    created_at     TIMESTAMP(6)  NOT NULL,
    member_low     BIGINT AS (LEAST(member_a, member_b)) PERSISTENT,
    member_high    BIGINT AS (GREATEST(member_a, member_b)) PERSISTENT,
    -- one introduction per pair and hub: introducing the same two people twice adds nothing
    CONSTRAINT uk_introduction_pair UNIQUE (hub_id, member_low, member_high),
    CONSTRAINT fk_introduction_hub FOREIGN KEY (hub_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT fk_introduction_by FOREIGN KEY (introduced_by) REFERENCES member (id) ON DELETE SET NULL,
    CONSTRAINT fk_introduction_a FOREIGN KEY (member_a) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT fk_introduction_b FOREIGN KEY (member_b) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT ck_introduction_two_people CHECK (member_a <> member_b)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_introduction_a ON introduction (member_a, created_at);
CREATE INDEX ix_introduction_b ON introduction (member_b, created_at);

-- The suggestion index (kept in memory) catches up with rows whose updated_at moved.
CREATE INDEX ix_post_updated_at ON post (updated_at);
CREATE INDEX ix_organisation_updated_at ON organisation (updated_at);
