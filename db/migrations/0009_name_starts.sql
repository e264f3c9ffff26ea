-- The search index also files each contact under the first two letters of the name the
-- list sorts by, in a column of its own (name_start): the first rows of a broad search
-- ("Mo", "Án") are then asked of the index a few such starts at a time, in name order,
-- instead of SQLite reading tens of thousands of matches to find the first thirty (5 to
-- 12 ms at a million contacts). Searches typed by the user never look in that column.
-- FTS5 fixes its columns when the table is made, so the index is made again: every
-- contact is marked as changed here, and opening the file rebuilds their documents in
-- one statement (storage.search.flush_dirty), which also merges the index into one piece.
DROP TABLE contact_fts;

CREATE VIRTUAL TABLE contact_fts USING fts5 (
    name, organization, emails, phones, notes, tags, exchanges, name_start,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4'
);

INSERT OR IGNORE INTO contact_fts_dirty SELECT id FROM contact;
