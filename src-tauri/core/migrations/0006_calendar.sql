-- Calendar export and import (issue 6).

-- Where an imported meeting came from, so importing the same invitation again updates the
-- meeting instead of adding a second one. One row per imported meeting.
CREATE TABLE meeting_sources (
    meeting_id      INTEGER PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
    tandem_id       INTEGER NOT NULL REFERENCES tandems (id) ON DELETE CASCADE,
    -- The invitation's UID.
    source_uid      TEXT NOT NULL CHECK (length(source_uid) BETWEEN 1 AND 1000),
    -- '' for a single event; the occurrence's original start as UTC "YYYYMMDDTHHMMSSZ" (or
    -- "YYYYMMDD" for all-day series) for an occurrence of a series.
    recurrence_id   TEXT NOT NULL DEFAULT '' CHECK (length(recurrence_id) <= 40),
    -- The invitation's SEQUENCE when it was last applied.
    source_sequence INTEGER NOT NULL DEFAULT 0 CHECK (source_sequence >= 0),
    imported_at     TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX meeting_sources_key ON meeting_sources (tandem_id, source_uid, recurrence_id);

-- Whatever a calendar shows of a meeting is part of its exported event: when it changes, the
-- meeting's SEQUENCE rises, so a calendar re-importing the export updates the event. Meeting
-- edits and cancellations already bump it in the store; these cover the shared agenda (the
-- event's description) and the tandem title (its summary).
CREATE TRIGGER agenda_items_shared_insert AFTER INSERT ON agenda_items
WHEN NEW.shared = 1
BEGIN
    UPDATE meetings SET sequence = sequence + 1 WHERE id = NEW.meeting_id;
END;

CREATE TRIGGER agenda_items_shared_delete AFTER DELETE ON agenda_items
WHEN OLD.shared = 1
BEGIN
    UPDATE meetings SET sequence = sequence + 1 WHERE id = OLD.meeting_id;
END;

CREATE TRIGGER agenda_items_shared_update
AFTER UPDATE OF title, minutes, prep_notes, links, shared, position ON agenda_items
WHEN (OLD.shared = 1 OR NEW.shared = 1)
    AND (OLD.title IS NOT NEW.title OR OLD.minutes IS NOT NEW.minutes
         OR OLD.prep_notes IS NOT NEW.prep_notes OR OLD.links IS NOT NEW.links
         OR OLD.shared IS NOT NEW.shared OR OLD.position IS NOT NEW.position)
BEGIN
    UPDATE meetings SET sequence = sequence + 1 WHERE id = NEW.meeting_id;
END;

CREATE TRIGGER tandems_title_update AFTER UPDATE OF title ON tandems
WHEN OLD.title IS NOT NEW.title
BEGIN
    UPDATE meetings SET sequence = sequence + 1 WHERE tandem_id = NEW.id;
END;
