-- Profile pictures: always re-encoded by the server (256 x 256 JPEG, no metadata), at most a few
-- dozen KiB each, so they live in the database with the rest of the member's data (one backup).

CREATE TABLE member_avatar (
    member_id    BIGINT       NOT NULL PRIMARY KEY,
    content      MEDIUMBLOB   NOT NULL,
    content_type VARCHAR(32)  NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_member_avatar_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
