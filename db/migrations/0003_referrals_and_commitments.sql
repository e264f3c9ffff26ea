-- Referrals (one person sent to another) and the commitments of an accepted proposal,
-- and the timeline learns two more kinds: introduction and referral.

-- who referred (NULL = me) to whom (NULL = me) whom or what: a contact, or a text when
-- the person referred is not in the address book (a prospect's name on a referral slip)
CREATE TABLE referral (
    id INTEGER PRIMARY KEY,
    from_contact_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,
    to_contact_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,
    about_contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    about_text TEXT NOT NULL DEFAULT '',
    given_on TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'given'
        CHECK (status IN ('given', 'contacted', 'met', 'closed', 'no_deal')),
    value_cents INTEGER NOT NULL DEFAULT 0,
    -- the match an introduction was made from, when it was
    ask_id INTEGER REFERENCES offer_ask (id) ON DELETE SET NULL,
    offer_id INTEGER REFERENCES offer_ask (id) ON DELETE SET NULL,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    CHECK (from_contact_id IS NOT NULL OR to_contact_id IS NOT NULL)
);
CREATE INDEX referral_from ON referral (from_contact_id, given_on);
CREATE INDEX referral_to ON referral (to_contact_id, given_on);
CREATE INDEX referral_about ON referral (about_contact_id);
CREATE INDEX referral_live ON referral (deleted_at, given_on);

-- One promise of an agreement (an accepted proposal). party: me | them (who owes it).
-- Its follow-up is the task that reminds the side that owes it; done_at makes it a give.
CREATE TABLE commitment (
    id INTEGER PRIMARY KEY,
    proposal_id INTEGER NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    party TEXT NOT NULL CHECK (party IN ('me', 'them')),
    description TEXT NOT NULL,
    due_on TEXT,
    measure TEXT NOT NULL DEFAULT '',
    value_cents INTEGER NOT NULL DEFAULT 0,
    task_id INTEGER REFERENCES task (id) ON DELETE SET NULL,
    done_at TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX commitment_proposal ON commitment (proposal_id, position);
CREATE INDEX commitment_task ON commitment (task_id);

-- SQLite cannot change a CHECK in place: the timeline is copied into a table that
-- accepts the new kinds. Nothing refers to interaction, so no key needs rewriting.
CREATE TABLE interaction_new (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'note'
        CHECK (kind IN ('note', 'call', 'meeting', 'email', 'event', 'proposal',
                        'introduction', 'referral')),
    occurred_at TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    event_id INTEGER REFERENCES event (id) ON DELETE SET NULL,
    proposal_id INTEGER REFERENCES proposal (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    deleted_at TEXT
);
INSERT INTO interaction_new SELECT id, contact_id, kind, occurred_at, summary, body,
    event_id, proposal_id, created_at, deleted_at FROM interaction;
DROP TABLE interaction;
ALTER TABLE interaction_new RENAME TO interaction;
CREATE INDEX interaction_contact ON interaction (contact_id, occurred_at);
