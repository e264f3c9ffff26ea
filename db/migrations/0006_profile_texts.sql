-- The profile's texts in each language letters are written in: the tagline, who we are,
-- what we do, where we are going, the evidence and the title under the signature. An
-- English letter takes the English ones, a Spanish letter the Spanish ones.
--
-- The single texts typed so far move into the profile's language. When that language is
-- not one letters are written in (or was never set), nobody can tell which language they
-- are in, so they go into both: every letter then reads as it did before, and My business
-- shows them under both languages to be rewritten. The columns of the same names in
-- ``profile`` stay, kept equal to the texts in the profile's language, for older readers.
CREATE TABLE profile_text (
    language TEXT PRIMARY KEY NOT NULL,
    tagline TEXT NOT NULL DEFAULT '',
    who_we_are TEXT NOT NULL DEFAULT '',
    what_we_do TEXT NOT NULL DEFAULT '',
    where_we_are_going TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    signature_title TEXT NOT NULL DEFAULT ''
);

INSERT INTO profile_text (language, tagline, who_we_are, what_we_do, where_we_are_going,
                          evidence, signature_title)
SELECT letter_language.code, tagline, who_we_are, what_we_do, where_we_are_going, evidence,
       signature_title
FROM profile, (SELECT 'es' AS code UNION ALL SELECT 'en') AS letter_language
WHERE profile.id = 1
  AND (lower(substr(profile.language, 1, 2)) = letter_language.code
       OR lower(substr(profile.language, 1, 2)) NOT IN ('es', 'en'));
