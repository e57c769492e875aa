-- Offers and needs: what members (or their organisations) offer or seek, with sectors, tags, place,
-- language and an expiry date after which the post leaves every list by itself.
CREATE TABLE post (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    author_id       BIGINT        NOT NULL,
    organisation_id BIGINT        NULL,
    direction       VARCHAR(8)    NOT NULL,
    kind            VARCHAR(24)   NOT NULL,
    title           VARCHAR(160)  NOT NULL,
    body            TEXT          NOT NULL,
    city            VARCHAR(80)   NULL,
    country_code    CHAR(2)       NULL,
    language        VARCHAR(8)    NULL,
    expires_on      DATE          NOT NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    updated_at      TIMESTAMP(6)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_post_author FOREIGN KEY (author_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT fk_post_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE SET NULL,
    CONSTRAINT ck_post_direction CHECK (direction IN ('OFFER', 'NEED')),
    CONSTRAINT ck_post_kind CHECK (kind IN ('SKILL_OR_SERVICE', 'TENDER_PARTNER', 'SPACE_OR_EQUIPMENT', 'CO_PRODUCTION', 'FUNDING_LEAD'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_post_live ON post (expires_on, created_at);
CREATE INDEX ix_post_kind ON post (kind, expires_on);
CREATE INDEX ix_post_author ON post (author_id);

CREATE TABLE post_sector (
    post_id BIGINT      NOT NULL,
    sector  VARCHAR(40) NOT NULL,
    PRIMARY KEY (post_id, sector),
    CONSTRAINT fk_post_sector_post FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_post_sector ON post_sector (sector, post_id);

CREATE TABLE post_tag (
    post_id BIGINT      NOT NULL,
    tag     VARCHAR(40) NOT NULL,
    PRIMARY KEY (post_id, tag),
    CONSTRAINT fk_post_tag_post FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_post_tag ON post_tag (tag);
