-- What changed since the matcher last looked: every write to an offer or ask, and every
-- contact trashed, restored, deleted or given another language, appends one row here.
-- Each process keeps its term index in memory and reads only the rows after the last
-- one it saw, so a captured or edited row is matched without rebuilding everything
-- (the same holds for writes the index did not see: another process, a purge, a cascade).
CREATE TABLE match_change (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    offer_ask_id INTEGER,
    contact_id INTEGER
);

CREATE TRIGGER offer_ask_match_ins AFTER INSERT ON offer_ask BEGIN
    INSERT INTO match_change (offer_ask_id) VALUES (NEW.id); END;
CREATE TRIGGER offer_ask_match_upd AFTER UPDATE ON offer_ask BEGIN
    INSERT INTO match_change (offer_ask_id) VALUES (NEW.id); END;
CREATE TRIGGER offer_ask_match_del AFTER DELETE ON offer_ask BEGIN
    INSERT INTO match_change (offer_ask_id) VALUES (OLD.id); END;
CREATE TRIGGER contact_match_upd AFTER UPDATE OF deleted_at, language ON contact BEGIN
    INSERT INTO match_change (contact_id) VALUES (NEW.id); END;
CREATE TRIGGER contact_match_del AFTER DELETE ON contact BEGIN
    INSERT INTO match_change (contact_id) VALUES (OLD.id); END;

-- The log keeps its last 10,000 changes; an index that fell further behind is rebuilt.
CREATE TRIGGER match_change_prune AFTER INSERT ON match_change WHEN NEW.seq % 1000 = 0 BEGIN
    DELETE FROM match_change WHERE seq <= NEW.seq - 10000; END;
