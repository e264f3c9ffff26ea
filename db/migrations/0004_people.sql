-- Phones compared as numbers, anniversaries and a keep-in-touch rhythm per contact, and
-- pairs the user said are different people.

-- e164: the number in international form (+34600123456), '' when it cannot be read as
-- one; national: its national digits (600123456), for searching without the country
-- code. NULL: not worked out yet (rows written before this version; filled in later).
ALTER TABLE contact_phone ADD COLUMN e164 TEXT;
ALTER TABLE contact_phone ADD COLUMN national TEXT;
CREATE INDEX contact_phone_e164 ON contact_phone (e164) WHERE e164 <> '';
CREATE INDEX contact_phone_pending ON contact_phone (id) WHERE e164 IS NULL;

ALTER TABLE contact ADD COLUMN anniversary TEXT;
-- 0: no rhythm; N: the user wants to be in touch at least every N weeks
ALTER TABLE contact ADD COLUMN keep_in_touch_weeks INTEGER NOT NULL DEFAULT 0;
CREATE INDEX contact_keep_in_touch ON contact (keep_in_touch_weeks)
    WHERE keep_in_touch_weeks > 0 AND deleted_at IS NULL;
-- birthdays and anniversaries by month and day, for "coming up this week"
CREATE INDEX contact_birthday_day ON contact (substr(birthday, 6))
    WHERE birthday IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX contact_anniversary_day ON contact (substr(anniversary, 6))
    WHERE anniversary IS NOT NULL AND deleted_at IS NULL;

-- Two contacts the user said are not the same person: never proposed as duplicates again.
CREATE TABLE not_duplicate (
    first_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    second_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    PRIMARY KEY (first_id, second_id),
    CHECK (first_id < second_id)
) WITHOUT ROWID;
CREATE INDEX not_duplicate_second ON not_duplicate (second_id);
