-- Impact indicators for hubs. Other modules' events (RSVPs, check-ins, contacts, meetings, consortia,
-- introductions, matches, action items) are recorded once, append-only, in impact_event, in the
-- transaction that published them; everything impact needs (hub, members, cross-sector, on time) is
-- asked of the other modules' public API at that moment and stored here, so the indicators never read
-- another module's tables. An event that concerns several hubs (two members sharing two hubs) is one
-- row per hub. Days are UTC days.
--
-- impact_daily and impact_daily_member are rollups of impact_event, kept up to date on every intake and
-- recomputable from it at any time (Indicators.rebuild): sums per hub, day and indicator, and who was
-- active on a day (so active and returning members can be counted over any period).

CREATE TABLE impact_event (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(32)   NOT NULL,
    occurred_at   TIMESTAMP(6)  NOT NULL,
    day           DATE          NOT NULL,
    hub_id        BIGINT        NULL,
    subject_id    BIGINT        NULL,
    cross_sector  BOOLEAN       NULL,
    on_time       BOOLEAN       NULL,
    recorded_at   TIMESTAMP(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_impact_event_day ON impact_event (day, hub_id);
CREATE INDEX ix_impact_event_hub ON impact_event (hub_id, kind, day, subject_id);

CREATE TABLE impact_event_member (
    impact_event_id BIGINT NOT NULL,
    member_id       BIGINT NOT NULL,
    PRIMARY KEY (impact_event_id, member_id),
    CONSTRAINT fk_impact_event_member_event FOREIGN KEY (impact_event_id) REFERENCES impact_event (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE impact_daily (
    hub_id     BIGINT      NOT NULL,
    day        DATE        NOT NULL,
    indicator  VARCHAR(32) NOT NULL,
    value      BIGINT      NOT NULL,
    PRIMARY KEY (hub_id, day, indicator)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE impact_daily_member (
    hub_id     BIGINT NOT NULL,
    day        DATE   NOT NULL,
    member_id  BIGINT NOT NULL,
    PRIMARY KEY (hub_id, day, member_id),
    INDEX ix_impact_daily_member_member (hub_id, member_id, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
