-- Today counts the open follow-ups of contacts in the trash at every start: this index
-- holds only the open ones, by contact, so the count reads a few index entries instead
-- of every follow-up those contacts ever had and each of their rows.
CREATE INDEX IF NOT EXISTS task_open_contact ON task (contact_id, due_at)
    WHERE deleted_at IS NULL AND done_at IS NULL;
ANALYZE task;
