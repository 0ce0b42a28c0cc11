-- 0005: full-text search over everything the user wrote, inside the encrypted database.
-- Append-only: never edit a migration once it has landed.
--
-- One FTS5 row per searchable record. rowid = record id * 16 + kind code, so an edit or a
-- delete touches exactly one row (O(log n)) and the kind is rowid % 16:
--   1 goal (title, why)           2 goal note (body)            3 agreement (latest version
--   4 agenda item (title, prep)   5 meeting note (body)           per tandem; record = tandem)
--   6 action item (title)         7 reflection (answers' text)  8 journal entry
--                                                                  (title; body, prompt, tags)
-- folded: the ä→ae, ö→oe, ü→ue, ß→ss variants of the words of title and body that contain
--         one (eyelevel_fold, registered on every connection), so "Fuehrung" finds "Führung"
--         and "Strasse" finds "Straße"; remove_diacritics lets "Fuhrung" find it too.
-- scope:  filter tokens "t<tandem id>" ("tx": no tandem) and "k<kind code>"; queries match
--         them with a column filter, so filters run inside the index. Weight 0 in the rank.
-- tandem_id, meeting_id, at (sort instant: updated_at; meeting start for notes and
-- reflections) are stored for the result list only.
-- Updates delete and re-insert the row (never INSERT OR REPLACE: a cascade or an outer
-- statement's conflict policy would override it). Inserts need no delete: every source id
-- is AUTOINCREMENT (never reused) and a note's row goes with the note.
CREATE VIRTUAL TABLE search_index USING fts5(
    title, body, folded, scope,
    tandem_id UNINDEXED, meeting_id UNINDEXED, at UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
-- Title hits weigh more; the scope column never counts.
INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(4.0, 1.0, 1.0, 0.0)');

-- ---- goals (1) ----
CREATE TRIGGER search_goals_insert AFTER INSERT ON goals BEGIN
    INSERT INTO search_index (rowid, title, body, folded, scope, tandem_id, meeting_id, at)
    VALUES (NEW.id * 16 + 1, NEW.title, NEW.why, eyelevel_fold(NEW.title || ' ' || NEW.why),
            't' || NEW.tandem_id || ' k1', NEW.tandem_id, NULL, NEW.updated_at);
END;
CREATE TRIGGER search_goals_update AFTER UPDATE OF title, why, updated_at ON goals BEGIN
    DELETE FROM search_index WHERE rowid = NEW.id * 16 + 1;
    INSERT INTO search_index (rowid, title, body, folded, scope, tandem_id, meeting_id, at)
    VALUES (NEW.id * 16 + 1, NEW.title, NEW.why, eyelevel_fold(NEW.title || ' ' || NEW.why),
            't' || NEW.tandem_id || ' k1', NEW.tandem_id, NULL, NEW.updated_at);
END;
CREATE TRIGGER search_goals_delete AFTER DELETE ON goals BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 1;
END;

-- ---- goal notes (2) ----
CREATE TRIGGER search_goal_notes_insert AFTER INSERT ON goal_notes BEGIN
    INSERT INTO search_index (rowid, title, body, folded, scope, tandem_id, meeting_id, at)
    SELECT NEW.id * 16 + 2, '', NEW.body, eyelevel_fold(NEW.body),
           't' || g.tandem_id || ' k2', g.tandem_id, NULL, NEW.created_at
    FROM goals g WHERE g.id = NEW.goal_id;
END;
CREATE TRIGGER search_goal_notes_update AFTER UPDATE OF body ON goal_notes BEGIN
    DELETE FROM search_index WHERE rowid = NEW.id * 16 + 2;
    INSERT INTO search_index (rowid, title, body, folded, scope, tandem_id, meeting_id, at)
    SELECT NEW.id * 16 + 2, '', NEW.body, eyelevel_fold(NEW.body),
           't' || g.tandem_id || ' k2', g.tandem_id, NULL, NEW.created_at
    FROM goals g WHERE g.id = NEW.goal_id;
END;
CREATE TRIGGER search_goal_notes_delete AFTER DELETE ON goal_notes BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 2;
END;

-- ---- agreement (3): only the latest version of each tandem ----
CREATE VIEW search_agreement_latest AS
SELECT a.tandem_id * 16 + 3 AS id, a.tandem_id AS tandem_id, a.updated_at AS at,
       a.my_expectations || char(10) || a.partner_expectations || char(10)
       || a.confidentiality || char(10) || a.hr_sharing || char(10) || a.feedback
       || char(10) || a.place AS body
FROM agreement_versions a
WHERE a.version = (SELECT max(v.version) FROM agreement_versions v
                   WHERE v.tandem_id = a.tandem_id);

CREATE TRIGGER search_agreement_insert AFTER INSERT ON agreement_versions BEGIN
    DELETE FROM search_index WHERE rowid = NEW.tandem_id * 16 + 3;
    INSERT INTO search_index (rowid, title, body, folded, scope, tandem_id, meeting_id, at)
    SELECT id, '', body, eyelevel_fold(body), 't' || tandem_id || ' k3', tandem_id, NULL, at
    FROM search_agreement_latest WHERE tandem_id = NEW.tandem_id;
END;
CREATE TRIGGER search_agreement_update AFTER UPDATE ON agreement_versions BEGIN
    DELETE FROM search_index WHERE rowid = NEW.tandem_id * 16 + 3;
    INSERT INTO search_index (rowid, title, body, folded, scope, tandem_id, meeting_id, at)
    SELECT id, '', body, eyelevel_fold(body), 't' || tandem_id || ' k3', tandem_id, NULL, at
    FROM search_agreement_latest WHERE tandem_id = NEW.tandem_id;
END;
CREATE TRIGGER search_agreement_delete AFTER DELETE ON agreement_versions BEGIN
    DELETE FROM search_index WHERE rowid = OLD.tandem_id * 16 + 3;
    INSERT INTO search_index (rowid, title, body, folded, scope, tandem_id, meeting_id, at)
    SELECT id, '', body, eyelevel_fold(body), 't' || tandem_id || ' k3', tandem_id, NULL, at
    FROM search_agreement_latest WHERE tandem_id = OLD.tandem_id;
END;

-- ---- agenda items (4) ----
CREATE TRIGGER search_agenda_insert AFTER INSERT ON agenda_items BEGIN
    INSERT INTO search_index (rowid, title, body, folded, scope, tandem_id, meeting_id, at)
    SELECT NEW.id * 16 + 4, NEW.title, NEW.prep_notes,
           eyelevel_fold(NEW.title || ' ' || NEW.prep_notes),
           't' || m.tandem_id || ' k4', m.tandem_id, NEW.meeting_id, NEW.updated_at
    FROM meetings m WHERE m.id = NEW.meeting_id;
END;
CREATE TRIGGER search_agenda_update
AFTER UPDATE OF title, prep_notes, meeting_id, updated_at ON agenda_items BEGIN
    DELETE FROM search_index WHERE rowid = NEW.id * 16 + 4;
    INSERT INTO search_index (rowid, title, body, folded, scope, tandem_id, meeting_id, at)
    SELECT NEW.id * 16 + 4, NEW.title, NEW.prep_notes,
           eyelevel_fold(NEW.title || ' ' || NEW.prep_notes),
           't' || m.tandem_id || ' k4', m.tandem_id, NEW.meeting_id, NEW.updated_at
    FROM meetings m WHERE m.id = NEW.meeting_id;
END;
CREATE TRIGGER search_agenda_delete AFTER DELETE ON agenda_items BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 4;
END;

-- ---- meeting notes (5); record id = meeting id ----
CREATE TRIGGER search_notes_insert AFTER INSERT ON meeting_notes BEGIN
    INSERT INTO search_index (rowid, title, body, folded, scope, tandem_id, meeting_id, at)
    SELECT NEW.meeting_id * 16 + 5, '', NEW.body, eyelevel_fold(NEW.body),
           't' || m.tandem_id || ' k5', m.tandem_id, m.id, m.starts_at
    FROM meetings m WHERE m.id = NEW.meeting_id;
END;
CREATE TRIGGER search_notes_update AFTER UPDATE OF body ON meeting_notes BEGIN
    DELETE FROM search_index WHERE rowid = NEW.meeting_id * 16 + 5;
    INSERT INTO search_index (rowid, title, body, folded, scope, tandem_id, meeting_id, at)
    SELECT NEW.meeting_id * 16 + 5, '', NEW.body, eyelevel_fold(NEW.body),
           't' || m.tandem_id || ' k5', m.tandem_id, m.id, m.starts_at
    FROM meetings m WHERE m.id = NEW.meeting_id;
END;
CREATE TRIGGER search_notes_delete AFTER DELETE ON meeting_notes BEGIN
    DELETE FROM search_index WHERE rowid = OLD.meeting_id * 16 + 5;
END;

-- ---- action items (6) ----
CREATE TRIGGER search_actions_insert AFTER INSERT ON action_items BEGIN
    INSERT INTO search_index (rowid, title, body, folded, scope, tandem_id, meeting_id, at)
    VALUES (NEW.id * 16 + 6, NEW.title, '', eyelevel_fold(NEW.title),
            't' || NEW.tandem_id || ' k6', NEW.tandem_id, NEW.meeting_id, NEW.updated_at);
END;
CREATE TRIGGER search_actions_update
AFTER UPDATE OF title, meeting_id, updated_at ON action_items BEGIN
    DELETE FROM search_index WHERE rowid = NEW.id * 16 + 6;
    INSERT INTO search_index (rowid, title, body, folded, scope, tandem_id, meeting_id, at)
    VALUES (NEW.id * 16 + 6, NEW.title, '', eyelevel_fold(NEW.title),
            't' || NEW.tandem_id || ' k6', NEW.tandem_id, NEW.meeting_id, NEW.updated_at);
END;
CREATE TRIGGER search_actions_delete AFTER DELETE ON action_items BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 6;
END;

-- ---- reflections (7): the text of the answers ----
CREATE VIEW search_reflection_text AS
SELECT r.id AS id, coalesce((SELECT group_concat(json_extract(a.value, '$.text'), char(10))
                             FROM json_each(r.answers) a
                             WHERE json_extract(a.value, '$.text') <> ''), '') AS body
FROM reflections r;

CREATE TRIGGER search_reflections_insert AFTER INSERT ON reflections BEGIN
    INSERT INTO search_index (rowid, title, body, folded, scope, tandem_id, meeting_id, at)
    SELECT NEW.id * 16 + 7, '', t.body, eyelevel_fold(t.body),
           't' || m.tandem_id || ' k7', m.tandem_id, m.id, m.starts_at
    FROM search_reflection_text t, meetings m
    WHERE t.id = NEW.id AND m.id = NEW.meeting_id;
END;
CREATE TRIGGER search_reflections_update AFTER UPDATE OF answers ON reflections BEGIN
    DELETE FROM search_index WHERE rowid = NEW.id * 16 + 7;
    INSERT INTO search_index (rowid, title, body, folded, scope, tandem_id, meeting_id, at)
    SELECT NEW.id * 16 + 7, '', t.body, eyelevel_fold(t.body),
           't' || m.tandem_id || ' k7', m.tandem_id, m.id, m.starts_at
    FROM search_reflection_text t, meetings m
    WHERE t.id = NEW.id AND m.id = NEW.meeting_id;
END;
CREATE TRIGGER search_reflections_delete AFTER DELETE ON reflections BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 7;
END;

-- Notes and reflections sort by their meeting's start: follow a rescheduled meeting.
CREATE TRIGGER search_meeting_moved AFTER UPDATE OF starts_at ON meetings BEGIN
    UPDATE search_index SET at = NEW.starts_at WHERE rowid = NEW.id * 16 + 5;
    UPDATE search_index SET at = NEW.starts_at
    WHERE rowid = (SELECT r.id * 16 + 7 FROM reflections r WHERE r.meeting_id = NEW.id);
END;

-- ---- journal entries (8): body, then the prompt, then the tags ----
CREATE VIEW search_entry_text AS
SELECT e.id AS id, e.body || char(10) || coalesce(e.prompt, '') || char(10)
       || coalesce((SELECT group_concat(t.value, ' ') FROM json_each(e.tags) t), '') AS body
FROM journal_entries e;

CREATE TRIGGER search_entries_insert AFTER INSERT ON journal_entries BEGIN
    INSERT INTO search_index (rowid, title, body, folded, scope, tandem_id, meeting_id, at)
    SELECT NEW.id * 16 + 8, NEW.title, t.body, eyelevel_fold(NEW.title || ' ' || t.body),
           't' || coalesce(NEW.tandem_id, 'x') || ' k8', NEW.tandem_id, NULL, NEW.updated_at
    FROM search_entry_text t WHERE t.id = NEW.id;
END;
CREATE TRIGGER search_entries_update
AFTER UPDATE OF tandem_id, title, body, prompt, tags, updated_at ON journal_entries BEGIN
    DELETE FROM search_index WHERE rowid = NEW.id * 16 + 8;
    INSERT INTO search_index (rowid, title, body, folded, scope, tandem_id, meeting_id, at)
    SELECT NEW.id * 16 + 8, NEW.title, t.body, eyelevel_fold(NEW.title || ' ' || t.body),
           't' || coalesce(NEW.tandem_id, 'x') || ' k8', NEW.tandem_id, NULL, NEW.updated_at
    FROM search_entry_text t WHERE t.id = NEW.id;
END;
CREATE TRIGGER search_entries_delete AFTER DELETE ON journal_entries BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 8;
END;

-- ---- backfill what earlier versions wrote ----
INSERT INTO search_index (rowid, title, body, folded, scope, tandem_id, meeting_id, at)
SELECT id * 16 + 1, title, why, eyelevel_fold(title || ' ' || why),
       't' || tandem_id || ' k1', tandem_id, NULL, updated_at
FROM goals;
INSERT INTO search_index (rowid, title, body, folded, scope, tandem_id, meeting_id, at)
SELECT n.id * 16 + 2, '', n.body, eyelevel_fold(n.body),
       't' || g.tandem_id || ' k2', g.tandem_id, NULL, n.created_at
FROM goal_notes n JOIN goals g ON g.id = n.goal_id;
INSERT INTO search_index (rowid, title, body, folded, scope, tandem_id, meeting_id, at)
SELECT id, '', body, eyelevel_fold(body), 't' || tandem_id || ' k3', tandem_id, NULL, at
FROM search_agreement_latest;
INSERT INTO search_index (rowid, title, body, folded, scope, tandem_id, meeting_id, at)
SELECT i.id * 16 + 4, i.title, i.prep_notes, eyelevel_fold(i.title || ' ' || i.prep_notes),
       't' || m.tandem_id || ' k4', m.tandem_id, i.meeting_id, i.updated_at
FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id;
INSERT INTO search_index (rowid, title, body, folded, scope, tandem_id, meeting_id, at)
SELECT n.meeting_id * 16 + 5, '', n.body, eyelevel_fold(n.body),
       't' || m.tandem_id || ' k5', m.tandem_id, m.id, m.starts_at
FROM meeting_notes n JOIN meetings m ON m.id = n.meeting_id;
INSERT INTO search_index (rowid, title, body, folded, scope, tandem_id, meeting_id, at)
SELECT id * 16 + 6, title, '', eyelevel_fold(title),
       't' || tandem_id || ' k6', tandem_id, meeting_id, updated_at
FROM action_items;
INSERT INTO search_index (rowid, title, body, folded, scope, tandem_id, meeting_id, at)
SELECT r.id * 16 + 7, '', t.body, eyelevel_fold(t.body),
       't' || m.tandem_id || ' k7', m.tandem_id, m.id, m.starts_at
FROM reflections r JOIN search_reflection_text t ON t.id = r.id
JOIN meetings m ON m.id = r.meeting_id;
INSERT INTO search_index (rowid, title, body, folded, scope, tandem_id, meeting_id, at)
SELECT e.id * 16 + 8, e.title, t.body, eyelevel_fold(e.title || ' ' || t.body),
       't' || coalesce(e.tandem_id, 'x') || ' k8', e.tandem_id, NULL, e.updated_at
FROM journal_entries e JOIN search_entry_text t ON t.id = e.id;
