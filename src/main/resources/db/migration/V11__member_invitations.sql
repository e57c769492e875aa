-- Invitations for members a hub imported: a one-time link to choose a password. Only a hash of the
-- secret token is stored, so a copy of the database opens no account.

CREATE TABLE member_invitation (
    token_hash CHAR(64)     NOT NULL PRIMARY KEY,
    member_id  BIGINT       NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    expires_at TIMESTAMP(6) NOT NULL,
    used_at    TIMESTAMP(6) NULL,
    CONSTRAINT fk_member_invitation_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_member_invitation_member ON member_invitation (member_id);
