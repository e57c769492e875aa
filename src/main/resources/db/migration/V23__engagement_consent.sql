-- Hub managers' engagement reports show members by name only where the member agreed; everyone else
-- is only counted in totals. NULL = no consent (the default, and again after withdrawing); otherwise
-- when the member agreed, for accountability. Written only by its own single-statement updates, so a
-- profile saved from another tab never overwrites a consent given or withdrawn meanwhile.

ALTER TABLE member ADD COLUMN engagement_consent_at TIMESTAMP(6) NULL;
