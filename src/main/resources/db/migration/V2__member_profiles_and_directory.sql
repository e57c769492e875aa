-- Member profiles (sectors, languages, skills, offers and needs, contact details and who may see
-- them), organisation sectors and hub venues, and the indexes the directories search with.

ALTER TABLE member
    ADD COLUMN bio                TEXT         NULL,
    ADD COLUMN offer              VARCHAR(500) NULL,
    ADD COLUMN need               VARCHAR(500) NULL,
    ADD COLUMN phone              VARCHAR(40)  NULL,
    ADD COLUMN website            VARCHAR(255) NULL,
    ADD COLUMN contact_visibility VARCHAR(16)  NOT NULL DEFAULT 'CONTACTS',
    -- The member's skills as one text, kept by the service, so one FULLTEXT index covers them.
    ADD COLUMN skills_text        VARCHAR(2000) NULL,
    ADD CONSTRAINT ck_member_contact_visibility CHECK (contact_visibility IN ('MEMBERS', 'CONTACTS'));

CREATE FULLTEXT INDEX ft_member_search ON member (display_name, headline, skills_text, offer, need);

CREATE TABLE member_sector (
    member_id BIGINT      NOT NULL,
    sector    VARCHAR(32) NOT NULL,
    PRIMARY KEY (member_id, sector),
    CONSTRAINT fk_member_sector_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_member_sector_sector ON member_sector (sector, member_id);

CREATE TABLE member_language (
    member_id BIGINT     NOT NULL,
    language  VARCHAR(8) NOT NULL,
    PRIMARY KEY (member_id, language),
    CONSTRAINT fk_member_language_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_member_language_language ON member_language (language, member_id);

CREATE TABLE member_skill (
    member_id BIGINT      NOT NULL,
    skill     VARCHAR(60) NOT NULL,
    PRIMARY KEY (member_id, skill),
    CONSTRAINT fk_member_skill_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_member_skill_skill ON member_skill (skill);

CREATE TABLE organisation_sector (
    organisation_id BIGINT      NOT NULL,
    sector          VARCHAR(32) NOT NULL,
    PRIMARY KEY (organisation_id, sector),
    CONSTRAINT fk_organisation_sector_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_organisation_sector_sector ON organisation_sector (sector, organisation_id);

CREATE FULLTEXT INDEX ft_organisation_search ON organisation (name, description);

CREATE TABLE venue (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id     BIGINT       NOT NULL,
    name                VARCHAR(120) NOT NULL,
    address             VARCHAR(255) NOT NULL,
    capacity            INT          NOT NULL,
    accessibility_notes VARCHAR(500) NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_venue_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT ck_venue_capacity CHECK (capacity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_venue_organisation ON venue (organisation_id);
