-- Coopeten schema, version 1.
-- Conventions: dates are ISO-8601 text (local time), money is integer cents,
-- deleted_at set means "in the trash" (soft delete), NULL means live.

CREATE TABLE profile (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL DEFAULT '',
    tagline TEXT NOT NULL DEFAULT '',
    who_we_are TEXT NOT NULL DEFAULT '',
    what_we_do TEXT NOT NULL DEFAULT '',
    where_we_are_going TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    logo BLOB,
    signature_name TEXT NOT NULL DEFAULT '',
    signature_title TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT 'EUR',
    language TEXT NOT NULL DEFAULT ''
);

CREATE TABLE organization (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    sort_key TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    sector TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX organization_live_sort ON organization (deleted_at, sort_key);

CREATE TABLE event (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'other',
    starts_at TEXT NOT NULL,
    ends_at TEXT,
    place TEXT NOT NULL DEFAULT '',
    organiser TEXT NOT NULL DEFAULT '',
    cost_cents INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX event_live_start ON event (deleted_at, starts_at);

CREATE TABLE contact (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL DEFAULT '',
    prefix TEXT NOT NULL DEFAULT '',
    given_name TEXT NOT NULL DEFAULT '',
    middle_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    nickname TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL,
    sort_key TEXT NOT NULL DEFAULT '',
    organization_id INTEGER REFERENCES organization (id) ON DELETE SET NULL,
    job_title TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    birthday TEXT,
    photo BLOB,
    photo_type TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    stage TEXT NOT NULL DEFAULT 'new'
        CHECK (stage IN ('new', 'contacted', 'meeting', 'proposal_sent', 'ally', 'dormant')),
    audience_size INTEGER NOT NULL DEFAULT 0,
    met_event_id INTEGER REFERENCES event (id) ON DELETE SET NULL,
    met_where TEXT NOT NULL DEFAULT '',
    introduced_by_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    language TEXT NOT NULL DEFAULT '',
    -- vCard properties Coopeten has no column for, kept verbatim so a round trip loses nothing
    extra_vcard TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX contact_live_sort ON contact (deleted_at, sort_key);
CREATE INDEX contact_organization ON contact (organization_id);
CREATE INDEX contact_met_event ON contact (met_event_id);
CREATE INDEX contact_stage ON contact (deleted_at, stage, sort_key);
CREATE INDEX contact_updated ON contact (deleted_at, updated_at);

-- Several emails, phones, URLs and postal addresses per contact, as in vCard.
CREATE TABLE contact_email (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    label TEXT NOT NULL DEFAULT '',
    value TEXT NOT NULL
);
CREATE INDEX contact_email_contact ON contact_email (contact_id, position);
CREATE INDEX contact_email_value ON contact_email (value COLLATE NOCASE);

CREATE TABLE contact_phone (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    label TEXT NOT NULL DEFAULT '',
    value TEXT NOT NULL,
    -- digits only, for finding duplicates whatever the formatting
    digits TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contact_phone_contact ON contact_phone (contact_id, position);
CREATE INDEX contact_phone_digits ON contact_phone (digits);
-- the last nine digits: the same number with or without its country code
CREATE INDEX contact_phone_tail ON contact_phone (substr(digits, -9));

CREATE TABLE contact_url (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    label TEXT NOT NULL DEFAULT '',
    value TEXT NOT NULL
);
CREATE INDEX contact_url_contact ON contact_url (contact_id, position);

CREATE TABLE contact_address (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    label TEXT NOT NULL DEFAULT '',
    po_box TEXT NOT NULL DEFAULT '',
    extended TEXT NOT NULL DEFAULT '',
    street TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contact_address_contact ON contact_address (contact_id, position);

CREATE TABLE tag (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE contact_tag (
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX contact_tag_tag ON contact_tag (tag_id, contact_id);

CREATE TABLE attendance (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    talked_about TEXT NOT NULL DEFAULT '',
    UNIQUE (event_id, contact_id)
);
CREATE INDEX attendance_contact ON attendance (contact_id);

-- Forms of help. Seeded rows carry a key (their label is translated in the UI);
-- rows the user adds have no key and show their name as typed.
CREATE TABLE category (
    id INTEGER PRIMARY KEY,
    key TEXT UNIQUE,
    name TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);

-- One thing offered or asked. kind: offer | ask; party: me | them (who offers or asks).
CREATE TABLE offer_ask (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('offer', 'ask')),
    party TEXT NOT NULL CHECK (party IN ('me', 'them')),
    category_id INTEGER REFERENCES category (id) ON DELETE SET NULL,
    description TEXT NOT NULL,
    value_cents INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'in_progress', 'fulfilled', 'declined')),
    event_id INTEGER REFERENCES event (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX offer_ask_contact ON offer_ask (contact_id);
CREATE INDEX offer_ask_match ON offer_ask (deleted_at, status, category_id, kind, party);
CREATE INDEX offer_ask_event ON offer_ask (event_id);

CREATE TABLE template (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'letter',
    language TEXT NOT NULL DEFAULT 'en',
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    -- the built-in this copy was made from, if any
    based_on TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE TABLE proposal (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    template_name TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    body_html TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'sent', 'accepted', 'declined')),
    value_cents INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    sent_at TEXT,
    decided_at TEXT,
    deleted_at TEXT
);
CREATE INDEX proposal_contact ON proposal (contact_id);
CREATE INDEX proposal_status ON proposal (deleted_at, status);

CREATE TABLE task (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    due_at TEXT NOT NULL,
    priority INTEGER NOT NULL DEFAULT 1 CHECK (priority IN (0, 1, 2)),
    done_at TEXT,
    snoozed_until TEXT,
    contact_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,
    event_id INTEGER REFERENCES event (id) ON DELETE SET NULL,
    proposal_id INTEGER REFERENCES proposal (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX task_open_due ON task (deleted_at, done_at, due_at);
-- one contact's follow-ups in date order, without sorting
CREATE INDEX task_contact ON task (contact_id, due_at);

-- The timeline. kind: note | call | meeting | email | event | proposal
CREATE TABLE interaction (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'note'
        CHECK (kind IN ('note', 'call', 'meeting', 'email', 'event', 'proposal')),
    occurred_at TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    event_id INTEGER REFERENCES event (id) ON DELETE SET NULL,
    proposal_id INTEGER REFERENCES proposal (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX interaction_contact ON interaction (contact_id, occurred_at);

-- One promotion in a list swap. direction: mine = I promoted them, theirs = they promoted me.
CREATE TABLE cross_promotion (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    direction TEXT NOT NULL CHECK (direction IN ('mine', 'theirs')),
    channel TEXT NOT NULL DEFAULT '',
    promoted_on TEXT NOT NULL,
    audience_reached INTEGER NOT NULL DEFAULT 0,
    visits INTEGER NOT NULL DEFAULT 0,
    leads INTEGER NOT NULL DEFAULT 0,
    sales INTEGER NOT NULL DEFAULT 0,
    revenue_cents INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX cross_promotion_contact ON cross_promotion (contact_id, promoted_on);

-- Full-text index over contacts. Triggers only mark a contact as changed; the
-- storage layer rebuilds its document (one INSERT … SELECT) before the write
-- commits and before any search, so the index never lags behind the data.
CREATE VIRTUAL TABLE contact_fts USING fts5 (
    name, organization, emails, phones, notes, tags, exchanges,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE TABLE contact_fts_dirty (contact_id INTEGER PRIMARY KEY) WITHOUT ROWID;

CREATE TRIGGER contact_fts_ins AFTER INSERT ON contact BEGIN
    INSERT OR IGNORE INTO contact_fts_dirty VALUES (NEW.id); END;
CREATE TRIGGER contact_fts_upd AFTER UPDATE ON contact BEGIN
    INSERT OR IGNORE INTO contact_fts_dirty VALUES (NEW.id); END;
CREATE TRIGGER contact_fts_del AFTER DELETE ON contact BEGIN
    INSERT OR IGNORE INTO contact_fts_dirty VALUES (OLD.id); END;
CREATE TRIGGER contact_email_fts_ins AFTER INSERT ON contact_email BEGIN
    INSERT OR IGNORE INTO contact_fts_dirty VALUES (NEW.contact_id); END;
CREATE TRIGGER contact_email_fts_upd AFTER UPDATE ON contact_email BEGIN
    INSERT OR IGNORE INTO contact_fts_dirty VALUES (OLD.contact_id);
    INSERT OR IGNORE INTO contact_fts_dirty VALUES (NEW.contact_id); END;
CREATE TRIGGER contact_email_fts_del AFTER DELETE ON contact_email BEGIN
    INSERT OR IGNORE INTO contact_fts_dirty VALUES (OLD.contact_id); END;
CREATE TRIGGER contact_phone_fts_ins AFTER INSERT ON contact_phone BEGIN
    INSERT OR IGNORE INTO contact_fts_dirty VALUES (NEW.contact_id); END;
CREATE TRIGGER contact_phone_fts_upd AFTER UPDATE ON contact_phone BEGIN
    INSERT OR IGNORE INTO contact_fts_dirty VALUES (OLD.contact_id);
    INSERT OR IGNORE INTO contact_fts_dirty VALUES (NEW.contact_id); END;
CREATE TRIGGER contact_phone_fts_del AFTER DELETE ON contact_phone BEGIN
    INSERT OR IGNORE INTO contact_fts_dirty VALUES (OLD.contact_id); END;
CREATE TRIGGER contact_tag_fts_ins AFTER INSERT ON contact_tag BEGIN
    INSERT OR IGNORE INTO contact_fts_dirty VALUES (NEW.contact_id); END;
CREATE TRIGGER contact_tag_fts_del AFTER DELETE ON contact_tag BEGIN
    INSERT OR IGNORE INTO contact_fts_dirty VALUES (OLD.contact_id); END;
CREATE TRIGGER tag_fts_upd AFTER UPDATE OF name ON tag BEGIN
    INSERT OR IGNORE INTO contact_fts_dirty SELECT contact_id FROM contact_tag WHERE tag_id = NEW.id; END;
CREATE TRIGGER offer_ask_fts_ins AFTER INSERT ON offer_ask BEGIN
    INSERT OR IGNORE INTO contact_fts_dirty VALUES (NEW.contact_id); END;
CREATE TRIGGER offer_ask_fts_upd AFTER UPDATE ON offer_ask BEGIN
    INSERT OR IGNORE INTO contact_fts_dirty VALUES (OLD.contact_id);
    INSERT OR IGNORE INTO contact_fts_dirty VALUES (NEW.contact_id); END;
CREATE TRIGGER offer_ask_fts_del AFTER DELETE ON offer_ask BEGIN
    INSERT OR IGNORE INTO contact_fts_dirty VALUES (OLD.contact_id); END;
CREATE TRIGGER organization_fts_upd AFTER UPDATE OF name ON organization BEGIN
    INSERT OR IGNORE INTO contact_fts_dirty SELECT id FROM contact WHERE organization_id = NEW.id; END;

-- The user's own business: always exactly one row.
INSERT INTO profile (id) VALUES (1);

-- Forms of help people exchange; the UI translates seeded names by key.
INSERT INTO category (key, name, position) VALUES
    ('cross_promotion', 'Cross-promotion to an audience', 1),
    ('referral', 'Recommendation or referral', 2),
    ('representation', 'Representation', 3),
    ('supply', 'Supply', 4),
    ('labour', 'Labour', 5),
    ('shared_space', 'Shared space', 6),
    ('care', 'Care', 7),
    ('security', 'Security', 8),
    ('endorsement', 'Backing or endorsement', 9),
    ('training', 'Training', 10),
    ('learning', 'Learning', 11),
    ('group', 'Joining a group', 12),
    ('money', 'Money', 13);
