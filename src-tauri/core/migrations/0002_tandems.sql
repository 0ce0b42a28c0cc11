-- 0002: tandems, their agreements, goals, and the topic library.
-- Append-only: never edit a migration once it has landed.
-- Ids are AUTOINCREMENT: an id the UI still holds never names a different row later.
-- Dates are TEXT 'YYYY-MM-DD'; instants are UTC RFC 3339 TEXT.

-- Built-in topics have a builtin_key (their text lives in the app's catalog, in two
-- languages); user topics have none and store their text as typed.
CREATE TABLE topics (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    builtin_key TEXT UNIQUE CHECK (builtin_key IS NULL OR length(builtin_key) BETWEEN 1 AND 64),
    title       TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 200),
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
    questions   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(questions) AND json_type(questions) = 'array'),
    hidden      INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (builtin_key IS NOT NULL OR length(title) >= 1)
) STRICT;
CREATE INDEX topics_list ON topics (builtin_key IS NULL, position, title COLLATE NOCASE);
CREATE UNIQUE INDEX topics_user_title ON topics (title COLLATE NOCASE) WHERE builtin_key IS NULL;

CREATE TABLE tandems (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    title            TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    my_role          TEXT NOT NULL CHECK (my_role IN ('mentor', 'mentee')),
    partner_name     TEXT NOT NULL CHECK (length(partner_name) BETWEEN 1 AND 200),
    partner_contact  TEXT CHECK (partner_contact IS NULL OR length(partner_contact) <= 200),
    program          TEXT CHECK (program IS NULL OR length(program) <= 200),
    start_date       TEXT NOT NULL CHECK (start_date = date(start_date)),
    planned_end_date TEXT CHECK (planned_end_date IS NULL
                                 OR (planned_end_date = date(planned_end_date)
                                     AND planned_end_date >= start_date)),
    cadence_every    INTEGER NOT NULL CHECK (cadence_every BETWEEN 1 AND 52),
    cadence_unit     TEXT NOT NULL CHECK (cadence_unit IN ('week', 'month')),
    cadence_minutes  INTEGER NOT NULL CHECK (cadence_minutes BETWEEN 15 AND 480),
    status           TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'finished')),
    archived         INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    is_sample        INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) STRICT;
-- ASCII case folding here; the app also compares Unicode-lowercased titles before writing.
CREATE UNIQUE INDEX tandems_title ON tandems (title COLLATE NOCASE);
CREATE INDEX tandems_list ON tandems (archived, status);
CREATE INDEX tandems_sample ON tandems (is_sample) WHERE is_sample = 1;

CREATE TABLE tandem_focus_topics (
    tandem_id INTEGER NOT NULL REFERENCES tandems (id) ON DELETE CASCADE,
    topic_id  INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL CHECK (position >= 0),
    PRIMARY KEY (tandem_id, topic_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX tandem_focus_topics_position ON tandem_focus_topics (tandem_id, position);
CREATE INDEX tandem_focus_topics_topic ON tandem_focus_topics (topic_id);

CREATE TABLE agreement_versions (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    tandem_id            INTEGER NOT NULL REFERENCES tandems (id) ON DELETE CASCADE,
    version              INTEGER NOT NULL CHECK (version >= 1),
    my_expectations      TEXT NOT NULL CHECK (length(my_expectations) <= 20000),
    partner_expectations TEXT NOT NULL CHECK (length(partner_expectations) <= 20000),
    cadence_every        INTEGER NOT NULL CHECK (cadence_every BETWEEN 1 AND 52),
    cadence_unit         TEXT NOT NULL CHECK (cadence_unit IN ('week', 'month')),
    cadence_minutes      INTEGER NOT NULL CHECK (cadence_minutes BETWEEN 15 AND 480),
    place                TEXT NOT NULL CHECK (length(place) <= 200),
    video_link           TEXT CHECK (video_link IS NULL OR length(video_link) <= 2000),
    confidentiality      TEXT NOT NULL CHECK (length(confidentiality) <= 20000),
    hr_sharing           TEXT NOT NULL CHECK (length(hr_sharing) <= 20000),
    voluntary            INTEGER NOT NULL CHECK (voluntary IN (0, 1)),
    feedback             TEXT NOT NULL CHECK (length(feedback) <= 20000),
    review_date          TEXT CHECK (review_date IS NULL OR review_date = date(review_date)),
    agreed_on            TEXT CHECK (agreed_on IS NULL OR agreed_on = date(agreed_on)),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    UNIQUE (tandem_id, version)
) STRICT;

CREATE TABLE goals (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    tandem_id   INTEGER NOT NULL REFERENCES tandems (id) ON DELETE CASCADE,
    title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    why         TEXT NOT NULL CHECK (length(why) <= 20000),
    topic_id    INTEGER REFERENCES topics (id) ON DELETE SET NULL,
    target_date TEXT CHECK (target_date IS NULL OR target_date = date(target_date)),
    status      TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'in_progress', 'achieved', 'dropped')),
    position    INTEGER NOT NULL CHECK (position >= 0),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX goals_position ON goals (tandem_id, position);
CREATE INDEX goals_status ON goals (tandem_id, status);
CREATE INDEX goals_topic ON goals (topic_id);

CREATE TABLE goal_status_changes (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    goal_id    INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    status     TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'achieved', 'dropped')),
    changed_at TEXT NOT NULL
) STRICT;
CREATE INDEX goal_status_changes_goal ON goal_status_changes (goal_id, changed_at, id);

CREATE TABLE goal_notes (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    goal_id    INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    body       TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX goal_notes_goal ON goal_notes (goal_id, created_at, id);
