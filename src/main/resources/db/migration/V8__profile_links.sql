-- Further links on a profile (portfolio, showreel, social profiles), in the member's order; each
-- is either public to members or shown with the contact details only.

CREATE TABLE member_link (
    member_id     BIGINT       NOT NULL,
    position      INT          NOT NULL,
    url           VARCHAR(255) NOT NULL,
    contacts_only BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (member_id, position),
    CONSTRAINT fk_member_link_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
