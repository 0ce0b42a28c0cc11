-- 0007: reminders — per-tandem rules and the record of every delivered reminder.
-- Append-only: never edit a migration once it has landed.
-- A missing rule row means "enabled with the kind's default lead time".

CREATE TABLE reminder_rules (
    tandem_id    INTEGER NOT NULL REFERENCES tandems (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('meeting_soon', 'meeting_day_before',
                     'prepare_agenda', 'reflect', 'action_due', 'agreement_review',
                     'meeting_overdue')),
    enabled      INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    lead_minutes INTEGER NOT NULL CHECK (lead_minutes BETWEEN 0 AND 43200),
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (tandem_id, kind)
) STRICT, WITHOUT ROWID;

-- `key` is the dedup key: a reminder whose key is here never fires again. Rows are claimed
-- as 'pending' before the notification is shown, then get the channel that reached the user.
CREATE TABLE reminder_deliveries (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    key          TEXT NOT NULL UNIQUE CHECK (length(key) BETWEEN 1 AND 200),
    kind         TEXT NOT NULL CHECK (kind IN ('meeting_soon', 'meeting_day_before',
                     'prepare_agenda', 'reflect', 'action_due', 'agreement_review',
                     'meeting_overdue')),
    tandem_id    INTEGER REFERENCES tandems (id) ON DELETE CASCADE,
    meeting_id   INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
    action_id    INTEGER REFERENCES action_items (id) ON DELETE SET NULL,
    nudge        INTEGER NOT NULL DEFAULT 1,
    subject_at   TEXT NOT NULL,
    due_at       TEXT NOT NULL,
    delivered_at TEXT NOT NULL,
    channel      TEXT NOT NULL CHECK (channel IN ('pending', 'notification', 'summary', 'inbox')),
    read         INTEGER NOT NULL DEFAULT 0 CHECK (read IN (0, 1)),
    dismissed    INTEGER NOT NULL DEFAULT 0 CHECK (dismissed IN (0, 1))
) STRICT;
-- the inbox: not dismissed, newest first
CREATE INDEX reminder_deliveries_inbox ON reminder_deliveries (dismissed, delivered_at);
-- ON DELETE of a tandem / meeting / action item
CREATE INDEX reminder_deliveries_tandem ON reminder_deliveries (tandem_id);
CREATE INDEX reminder_deliveries_meeting ON reminder_deliveries (meeting_id);
CREATE INDEX reminder_deliveries_action ON reminder_deliveries (action_id);
