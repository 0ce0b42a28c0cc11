-- 0004: meeting notes, reflections with their editable prompt sets, journal entries.
-- Append-only: never edit a migration once it has landed.
-- Instants are UTC RFC 3339 TEXT with milliseconds and 'Z' (so they sort as text).

-- One Markdown note per meeting; a note saved empty is deleted, so a row means "has notes".
CREATE TABLE meeting_notes (
    meeting_id INTEGER PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
    body       TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 100000),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

-- A customised prompt set per role; no rows for a role = the built-in set in the app language.
CREATE TABLE reflection_prompts (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    role     TEXT NOT NULL CHECK (role IN ('mentor', 'mentee')),
    position INTEGER NOT NULL CHECK (position >= 0),
    kind     TEXT NOT NULL CHECK (kind IN ('text', 'scale')),
    text     TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 300),
    UNIQUE (role, position)
) STRICT;

-- One reflection per meeting, written in the role the user had in the tandem at the time.
-- answers: [{prompt, kind, text, scale}] — the prompt text is kept with the answer, so
-- editing the prompt set later never changes what an old reflection answered.
CREATE TABLE reflections (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id INTEGER NOT NULL UNIQUE REFERENCES meetings (id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('mentor', 'mentee')),
    answers    TEXT NOT NULL CHECK (json_valid(answers) AND json_type(answers) = 'array'
                                    AND length(answers) <= 2000000),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE reflection_goals (
    reflection_id INTEGER NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
    goal_id       INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    PRIMARY KEY (reflection_id, goal_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX reflection_goals_goal ON reflection_goals (goal_id);

-- Free entries; tandem_id NULL = not tied to a tandem. tags: JSON array of strings as the
-- user spelled them (the source of truth for display and search); journal_entry_tags holds
-- one row per tag with its Unicode-lowercased key for filtering and counting. The app writes
-- both in one transaction (SQLite's lower() only folds ASCII, so no trigger can make the key).
CREATE TABLE journal_entries (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    tandem_id  INTEGER REFERENCES tandems (id) ON DELETE CASCADE,
    title      TEXT NOT NULL CHECK (length(title) <= 200),
    body       TEXT NOT NULL CHECK (length(body) <= 100000),
    prompt     TEXT CHECK (prompt IS NULL OR length(prompt) BETWEEN 1 AND 1000),
    topic_id   INTEGER REFERENCES topics (id) ON DELETE SET NULL,
    tags       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
    pinned     INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (length(title) > 0 OR length(body) > 0)
) STRICT;
-- The timeline across tandems / of one tandem, newest first, pinned entries apart (keyset
-- pagination on created_at, id); entries about a topic.
CREATE INDEX journal_entries_created ON journal_entries (pinned, created_at, id);
CREATE INDEX journal_entries_tandem ON journal_entries (tandem_id, pinned, created_at, id);
CREATE INDEX journal_entries_topic ON journal_entries (topic_id);

-- created_at repeats the entry's (it never changes), so a tag filter reads its own index in
-- timeline order instead of scanning every entry.
CREATE TABLE journal_entry_tags (
    entry_id   INTEGER NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
    tag_key    TEXT NOT NULL CHECK (length(tag_key) BETWEEN 1 AND 160),
    tag        TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 40),
    created_at TEXT NOT NULL,
    PRIMARY KEY (entry_id, tag_key)
) STRICT, WITHOUT ROWID;
CREATE INDEX journal_entry_tags_timeline ON journal_entry_tags (tag_key, created_at, entry_id);
-- list_tags: counts per key and spelling
CREATE INDEX journal_entry_tags_count ON journal_entry_tags (tag_key, tag);

CREATE TABLE journal_entry_goals (
    entry_id INTEGER NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
    goal_id  INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, goal_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX journal_entry_goals_goal ON journal_entry_goals (goal_id);

-- The timeline across tandems sorts notes and reflections by their meeting's start.
CREATE INDEX meetings_start ON meetings (starts_at, id);
