-- Who was active in a hub in a month: the same facts as impact_daily_member, a month at a time. Counting
-- the distinct active members of a long period reads full months here and only the days at its edges
-- from impact_daily_member (a year: about a third of the rows). Kept on intake and recomputed from the
-- daily rows by the rebuild, like every rollup.

CREATE TABLE impact_monthly_member (
    hub_id     BIGINT NOT NULL,
    month      DATE   NOT NULL,
    member_id  BIGINT NOT NULL,
    PRIMARY KEY (hub_id, month, member_id),
    INDEX ix_impact_monthly_member_month (month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- rebuilding some days (and their months) finds their rows without reading every hub's
CREATE INDEX ix_impact_daily_member_day ON impact_daily_member (day);

INSERT IGNORE INTO impact_monthly_member (hub_id, month, member_id)
SELECT hub_id, day - INTERVAL (DAYOFMONTH(day) - 1) DAY, member_id FROM impact_daily_member;
