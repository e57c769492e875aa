-- Contact exchange: one row per pair of members, whoever asked first. The pair is unique in either
-- direction (generated low/high columns), so two members asking each other at the same moment
-- still end up with one request, never two.

CREATE TABLE contact_request (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    requester_id BIGINT       NOT NULL,
    recipient_id BIGINT       NOT NULL,
    message      VARCHAR(500) NULL,
    status       VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    answered_at  TIMESTAMP(6) NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    member_low   BIGINT AS (LEAST(requester_id, recipient_id)) PERSISTENT,
    member_high  BIGINT AS (GREATEST(requester_id, recipient_id)) PERSISTENT,
    CONSTRAINT uk_contact_pair UNIQUE (member_low, member_high),
    CONSTRAINT fk_contact_requester FOREIGN KEY (requester_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT fk_contact_recipient FOREIGN KEY (recipient_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT ck_contact_not_self CHECK (requester_id <> recipient_id),
    CONSTRAINT ck_contact_status CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_contact_recipient ON contact_request (recipient_id, status);
CREATE INDEX ix_contact_requester ON contact_request (requester_id, status);
