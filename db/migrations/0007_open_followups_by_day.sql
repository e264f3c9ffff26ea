-- How many open follow-ups fall due on each day, kept as they change, so Today's counts
-- (overdue, today, the next two weeks) read a few hundred rows at most instead of every
-- open follow-up (tens of thousands at a million contacts, before the first paint).
-- A follow-up counts while it is neither done nor in the trash and its contact, if it
-- has one, is not in the trash either: what Today lists.
CREATE TABLE open_followup_day (
    day TEXT PRIMARY KEY,        -- YYYY-MM-DD: the date of task.due_at
    open INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO open_followup_day (day, open)
SELECT substr(x.due_at, 1, 10), count(*)
  FROM task x LEFT JOIN contact c ON c.id = x.contact_id
 WHERE x.deleted_at IS NULL AND x.done_at IS NULL AND (c.id IS NULL OR c.deleted_at IS NULL)
 GROUP BY 1;

-- a follow-up added, removed or changed: out of its old day, into its new one
CREATE TRIGGER task_open_day_ins AFTER INSERT ON task
WHEN NEW.deleted_at IS NULL AND NEW.done_at IS NULL
 AND (SELECT deleted_at FROM contact WHERE id = NEW.contact_id) IS NULL
BEGIN
    INSERT INTO open_followup_day (day, open) VALUES (substr(NEW.due_at, 1, 10), 1)
        ON CONFLICT (day) DO UPDATE SET open = open + 1;
END;

CREATE TRIGGER task_open_day_del AFTER DELETE ON task
WHEN OLD.deleted_at IS NULL AND OLD.done_at IS NULL
 AND (SELECT deleted_at FROM contact WHERE id = OLD.contact_id) IS NULL
BEGIN
    UPDATE open_followup_day SET open = open - 1 WHERE day = substr(OLD.due_at, 1, 10);
END;

CREATE TRIGGER task_open_day_upd_old AFTER UPDATE OF due_at, done_at, deleted_at, contact_id
ON task
WHEN OLD.deleted_at IS NULL AND OLD.done_at IS NULL
 AND (SELECT deleted_at FROM contact WHERE id = OLD.contact_id) IS NULL
BEGIN
    UPDATE open_followup_day SET open = open - 1 WHERE day = substr(OLD.due_at, 1, 10);
END;

CREATE TRIGGER task_open_day_upd_new AFTER UPDATE OF due_at, done_at, deleted_at, contact_id
ON task
WHEN NEW.deleted_at IS NULL AND NEW.done_at IS NULL
 AND (SELECT deleted_at FROM contact WHERE id = NEW.contact_id) IS NULL
BEGIN
    INSERT INTO open_followup_day (day, open) VALUES (substr(NEW.due_at, 1, 10), 1)
        ON CONFLICT (day) DO UPDATE SET open = open + 1;
END;

-- a contact put in the trash takes its open follow-ups out of the counts; restored, it
-- brings them back (read through the index of open follow-ups by contact)
CREATE TRIGGER contact_open_day_trash AFTER UPDATE OF deleted_at ON contact
WHEN (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)
BEGIN
    INSERT INTO open_followup_day (day, open)
    SELECT substr(x.due_at, 1, 10),
           CASE WHEN NEW.deleted_at IS NULL THEN count(*) ELSE -count(*) END
      FROM task x INDEXED BY task_open_contact
     WHERE x.contact_id = NEW.id AND x.deleted_at IS NULL AND x.done_at IS NULL
     GROUP BY 1
        ON CONFLICT (day) DO UPDATE SET open = open + excluded.open;
END;

-- a contact that arrives already in the trash (a restored export, a salvage) takes out
-- the follow-ups that arrived before it
CREATE TRIGGER contact_open_day_ins AFTER INSERT ON contact
WHEN NEW.deleted_at IS NOT NULL
BEGIN
    UPDATE open_followup_day SET open = open - (
        SELECT count(*) FROM task x INDEXED BY task_open_contact
         WHERE x.contact_id = NEW.id AND x.deleted_at IS NULL AND x.done_at IS NULL
           AND substr(x.due_at, 1, 10) = open_followup_day.day)
     WHERE day IN (SELECT substr(due_at, 1, 10) FROM task INDEXED BY task_open_contact
                    WHERE contact_id = NEW.id AND deleted_at IS NULL AND done_at IS NULL);
END;

-- a contact deleted for good from the trash: its follow-ups go with it (ON DELETE
-- CASCADE), each counted out as if it had no contact; they are counted back in first
CREATE TRIGGER contact_open_day_purge BEFORE DELETE ON contact
WHEN OLD.deleted_at IS NOT NULL
BEGIN
    INSERT INTO open_followup_day (day, open)
    SELECT substr(x.due_at, 1, 10), count(*)
      FROM task x INDEXED BY task_open_contact
     WHERE x.contact_id = OLD.id AND x.deleted_at IS NULL AND x.done_at IS NULL
     GROUP BY 1
        ON CONFLICT (day) DO UPDATE SET open = open + excluded.open;
END;
