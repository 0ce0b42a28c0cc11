-- Partner exchange: the two partners' Eyelevels share a tandem's shared items.
--
-- What may be shared gets a flag (goals, action items, meeting notes; agenda items have one),
-- and what came from the partner is marked (its text is the partner's to change).

ALTER TABLE goals ADD COLUMN shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1));
ALTER TABLE goals ADD COLUMN from_partner INTEGER NOT NULL DEFAULT 0 CHECK (from_partner IN (0, 1));
ALTER TABLE meetings ADD COLUMN from_partner INTEGER NOT NULL DEFAULT 0 CHECK (from_partner IN (0, 1));
ALTER TABLE agenda_items ADD COLUMN from_partner INTEGER NOT NULL DEFAULT 0 CHECK (from_partner IN (0, 1));
ALTER TABLE action_items ADD COLUMN shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1));
ALTER TABLE action_items ADD COLUMN from_partner INTEGER NOT NULL DEFAULT 0 CHECK (from_partner IN (0, 1));
ALTER TABLE meeting_notes ADD COLUMN shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1));
-- The date the partner agreed to a version (mine stays in agreed_on).
ALTER TABLE agreement_versions ADD COLUMN partner_agreed_on TEXT
    CHECK (partner_agreed_on IS NULL OR partner_agreed_on = date(partner_agreed_on));

-- The partner's note on a meeting, when they share it (read-only here).
CREATE TABLE partner_notes (
    meeting_id INTEGER PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
    body       TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 100000),
    updated_at TEXT NOT NULL
) STRICT;

-- One pairing per tandem: my key pair, the partner's public key, the transport and what has
-- been sent and received. The secret key never leaves this (encrypted) database.
CREATE TABLE exchange_peers (
    tandem_id         INTEGER PRIMARY KEY REFERENCES tandems (id) ON DELETE CASCADE,
    exchange_id       TEXT NOT NULL CHECK (length(exchange_id) = 32),
    my_id             TEXT NOT NULL CHECK (length(my_id) = 32),
    my_name           TEXT NOT NULL CHECK (length(my_name) BETWEEN 1 AND 200),
    my_secret         BLOB NOT NULL CHECK (length(my_secret) = 32),
    my_public         BLOB NOT NULL CHECK (length(my_public) = 32),
    partner_id        TEXT CHECK (partner_id IS NULL OR length(partner_id) = 32),
    -- The name the partner gave themselves when pairing.
    partner_name      TEXT CHECK (partner_name IS NULL OR length(partner_name) BETWEEN 1 AND 200),
    partner_public    BLOB CHECK (partner_public IS NULL OR length(partner_public) = 32),
    -- 'invited': my invitation is out, no answer yet; 'paired': both keys known.
    state             TEXT NOT NULL CHECK (state IN ('invited', 'paired')),
    -- The partners compared the check code and said it matched.
    verified          INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1)),
    folder            TEXT CHECK (folder IS NULL OR length(folder) BETWEEN 1 AND 4096),
    next_seq          INTEGER NOT NULL DEFAULT 1 CHECK (next_seq >= 1),
    last_sent_at      TEXT,
    -- The highest of my sequences the partner says it has applied.
    partner_seen_seq  INTEGER NOT NULL DEFAULT 0,
    last_received_seq INTEGER NOT NULL DEFAULT 0,
    last_received_at  TEXT,
    -- The latest clock stamp issued or seen here.
    hlc               TEXT NOT NULL DEFAULT '',
    -- Something changed here since the last file was written (or nothing was sent yet).
    unsent            INTEGER NOT NULL DEFAULT 1 CHECK (unsent IN (0, 1)),
    -- What went wrong last, as a machine code the UI words, and the file it was about.
    problem           TEXT,
    problem_file      TEXT,
    problem_at        TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX exchange_peers_exchange ON exchange_peers (exchange_id);

-- Every shared item as last sent or received: change detection and the merge's other side.
CREATE TABLE exchange_items (
    tandem_id   INTEGER NOT NULL REFERENCES tandems (id) ON DELETE CASCADE,
    uid         TEXT NOT NULL CHECK (length(uid) BETWEEN 1 AND 300),
    kind        TEXT NOT NULL,
    local_id    INTEGER,
    author      TEXT NOT NULL,
    content     TEXT NOT NULL CHECK (json_valid(content)),
    content_hlc TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (json_valid(state)),
    state_hlc   TEXT NOT NULL,
    deleted_hlc TEXT,
    PRIMARY KEY (tandem_id, uid)
) STRICT, WITHOUT ROWID;

-- Files applied (or refused), by sender and sequence: replays and conflict copies are skipped.
CREATE TABLE exchange_received (
    tandem_id   INTEGER NOT NULL REFERENCES tandems (id) ON DELETE CASCADE,
    sender      TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    hash        TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (tandem_id, sender, seq)
) STRICT, WITHOUT ROWID;

-- Files written here, for "your partner has seen your changes up to …" and the clean-up.
CREATE TABLE exchange_sent (
    tandem_id  INTEGER NOT NULL REFERENCES tandems (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    file_name  TEXT NOT NULL,
    sent_at    TEXT NOT NULL,
    PRIMARY KEY (tandem_id, seq)
) STRICT, WITHOUT ROWID;

-- Files that could not be read yet (still syncing, locked, damaged), for retries and notices.
CREATE TABLE exchange_attempts (
    tandem_id  INTEGER NOT NULL REFERENCES tandems (id) ON DELETE CASCADE,
    file_name  TEXT NOT NULL,
    failures   INTEGER NOT NULL,
    problem    TEXT NOT NULL,
    first_at   TEXT NOT NULL,
    last_at    TEXT NOT NULL,
    PRIMARY KEY (tandem_id, file_name)
) STRICT, WITHOUT ROWID;

-- What a merge replaced that was written on this side: nothing typed is silently lost.
CREATE TABLE exchange_history (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    tandem_id   INTEGER NOT NULL REFERENCES tandems (id) ON DELETE CASCADE,
    uid         TEXT NOT NULL,
    part        TEXT NOT NULL CHECK (part IN ('content', 'state')),
    value       TEXT NOT NULL CHECK (json_valid(value)),
    hlc         TEXT NOT NULL,
    replaced_at TEXT NOT NULL
) STRICT;
CREATE INDEX exchange_history_item ON exchange_history (tandem_id, uid);
