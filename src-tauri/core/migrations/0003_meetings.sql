-- 0003: meetings (single and series), agendas, agenda templates, action items.
-- Append-only: never edit a migration once it has landed.
-- Instants are UTC RFC 3339 TEXT with milliseconds and 'Z' (so they sort as text);
-- local_date/local_time are the wall-clock date and "HH:MM" in time_zone.

CREATE TABLE meeting_series (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    tandem_id        INTEGER NOT NULL REFERENCES tandems (id) ON DELETE CASCADE,
    every            INTEGER NOT NULL CHECK (every BETWEEN 1 AND 52),
    unit             TEXT NOT NULL CHECK (unit IN ('week', 'month')),
    first_date       TEXT NOT NULL CHECK (first_date = date(first_date)),
    until            TEXT NOT NULL CHECK (until = date(until) AND until >= first_date),
    local_time       TEXT NOT NULL CHECK (length(local_time) = 5),
    time_zone        TEXT NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
    created_at       TEXT NOT NULL
) STRICT;
CREATE INDEX meeting_series_tandem ON meeting_series (tandem_id);

CREATE TABLE meetings (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    tandem_id        INTEGER NOT NULL REFERENCES tandems (id) ON DELETE CASCADE,
    series_id        INTEGER REFERENCES meeting_series (id) ON DELETE SET NULL,
    uid              TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 1 AND 200),
    sequence         INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
    starts_at        TEXT NOT NULL,
    ends_at          TEXT NOT NULL CHECK (ends_at > starts_at),
    time_zone        TEXT NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
    local_date       TEXT NOT NULL CHECK (local_date = date(local_date)),
    local_time       TEXT NOT NULL CHECK (length(local_time) = 5),
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 15 AND 480),
    place            TEXT NOT NULL CHECK (length(place) <= 200),
    video_link       TEXT CHECK (video_link IS NULL OR length(video_link) <= 2000),
    status           TEXT NOT NULL DEFAULT 'planned'
                     CHECK (status IN ('planned', 'held', 'cancelled', 'moved')),
    cancel_reason    TEXT CHECK (cancel_reason IS NULL OR length(cancel_reason) <= 200),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) STRICT;
-- list_meetings, previous/next meeting, overview
CREATE INDEX meetings_tandem_start ON meetings (tandem_id, starts_at);
-- next upcoming meeting (Today, tandem list)
CREATE INDEX meetings_upcoming ON meetings (tandem_id, starts_at)
    WHERE status IN ('planned', 'moved');
-- later occurrences of a series (edit / cancel with scope)
CREATE INDEX meetings_series ON meetings (series_id, starts_at);

CREATE TABLE agenda_items (
    id                      INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id              INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position                INTEGER NOT NULL CHECK (position >= 0),
    title                   TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    topic_id                INTEGER REFERENCES topics (id) ON DELETE SET NULL,
    minutes                 INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 480),
    prep_notes              TEXT NOT NULL CHECK (length(prep_notes) <= 20000),
    links                   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(links) AND json_type(links) = 'array'),
    shared                  INTEGER NOT NULL CHECK (shared IN (0, 1)),
    discussed               INTEGER NOT NULL DEFAULT 0 CHECK (discussed IN (0, 1)),
    carried_from_meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
    carried_to_meeting_id   INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL
) STRICT;
CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position);
CREATE INDEX agenda_items_topic ON agenda_items (topic_id);
CREATE INDEX agenda_items_carried_from ON agenda_items (carried_from_meeting_id);
CREATE INDEX agenda_items_carried_to ON agenda_items (carried_to_meeting_id);

CREATE TABLE agenda_templates (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    -- [{title, topic_id, minutes, prep_notes, shared}]
    items      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(items) AND json_type(items) = 'array'),
    created_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX agenda_templates_name ON agenda_templates (name COLLATE NOCASE);

CREATE TABLE action_items (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    tandem_id  INTEGER NOT NULL REFERENCES tandems (id) ON DELETE CASCADE,
    meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
    title      TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    owner      TEXT NOT NULL CHECK (owner IN ('me', 'partner')),
    due_date   TEXT CHECK (due_date IS NULL OR due_date = date(due_date)),
    done       INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    done_at    TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((done = 1) = (done_at IS NOT NULL))
) STRICT;
-- list_actions, open actions of a tandem
CREATE INDEX action_items_tandem ON action_items (tandem_id, done, due_date);
-- Today: overdue / due soon across tandems
CREATE INDEX action_items_due ON action_items (done, due_date);
-- actions created in a meeting
CREATE INDEX action_items_meeting ON action_items (meeting_id);
