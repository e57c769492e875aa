-- Members (account + first profile fields) and organisations with their memberships.
-- Later features add their own migrations; this file is append-only once landed.

CREATE TABLE member (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    email         VARCHAR(254) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    display_name  VARCHAR(80)  NOT NULL,
    headline      VARCHAR(160) NULL,
    city          VARCHAR(80)  NULL,
    country_code  CHAR(2)      NULL,
    locale        VARCHAR(16)  NOT NULL DEFAULT 'en',
    status        VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    created_at    TIMESTAMP(6) NOT NULL,
    updated_at    TIMESTAMP(6) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_member_email UNIQUE (email),
    CONSTRAINT ck_member_status CHECK (status IN ('ACTIVE', 'ERASED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_member_display_name ON member (display_name);
CREATE INDEX ix_member_city ON member (country_code, city);

CREATE TABLE member_role (
    member_id BIGINT      NOT NULL,
    role      VARCHAR(16) NOT NULL,
    PRIMARY KEY (member_id, role),
    CONSTRAINT fk_member_role_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT ck_member_role CHECK (role IN ('MEMBER', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE organisation (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(120) NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    city         VARCHAR(80)  NULL,
    country_code CHAR(2)      NULL,
    description  TEXT         NULL,
    website      VARCHAR(255) NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_organisation_name UNIQUE (name),
    CONSTRAINT ck_organisation_kind CHECK (kind IN ('COMPANY', 'HUB', 'CLUSTER', 'INSTITUTION', 'SCHOOL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_organisation_kind ON organisation (kind);
CREATE INDEX ix_organisation_city ON organisation (country_code, city);

CREATE TABLE organisation_membership (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    member_id       BIGINT       NOT NULL,
    role            VARCHAR(16)  NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_membership UNIQUE (organisation_id, member_id),
    CONSTRAINT fk_membership_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT fk_membership_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT ck_membership_role CHECK (role IN ('MEMBER', 'MANAGER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_membership_member ON organisation_membership (member_id);
