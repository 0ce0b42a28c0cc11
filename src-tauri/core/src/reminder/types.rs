//! The reminder types the UI and the shell see.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::wire_enum::wire_enum;

/// What a reminder is about. Each kind is on/off per tandem with its own lead time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ReminderKind {
    /// Shortly before a meeting (lead = minutes before the start; default 30).
    MeetingSoon,
    /// The day before a meeting (lead = minutes before the start; default 1 day).
    MeetingDayBefore,
    /// The mentor should prepare the agenda; only while the agenda is empty
    /// (lead = minutes before the start; default 2 days).
    PrepareAgenda,
    /// Reflect after a meeting; only while no reflection exists, at most two nudges
    /// (lead = minutes after the end; default 2 h).
    Reflect,
    /// One of my open action items is due (lead = minutes before 09:00 on the due date).
    ActionDue,
    /// The agreement's review date has come (lead = minutes before 09:00 on that date).
    AgreementReview,
    /// The cadence says a meeting is due but none is planned
    /// (lead = minutes before 09:00 on the date the next meeting was due).
    MeetingOverdue,
}
wire_enum!(ReminderKind {
    MeetingSoon => "meeting_soon",
    MeetingDayBefore => "meeting_day_before",
    PrepareAgenda => "prepare_agenda",
    Reflect => "reflect",
    ActionDue => "action_due",
    AgreementReview => "agreement_review",
    MeetingOverdue => "meeting_overdue",
});

impl ReminderKind {
    /// The lead time a tandem gets until the user changes it.
    pub fn default_lead_minutes(self) -> u32 {
        match self {
            ReminderKind::MeetingSoon => 30,
            ReminderKind::MeetingDayBefore => 24 * 60,
            ReminderKind::PrepareAgenda => 2 * 24 * 60,
            ReminderKind::Reflect => 120,
            ReminderKind::ActionDue | ReminderKind::AgreementReview => 0,
            ReminderKind::MeetingOverdue => 0,
        }
    }

    /// Urgent reminders ignore quiet hours (a meeting about to start).
    pub fn is_urgent(self) -> bool {
        matches!(self, ReminderKind::MeetingSoon)
    }
}

/// One kind's setting for one tandem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReminderRule {
    pub kind: ReminderKind,
    pub enabled: bool,
    /// See [`ReminderKind`] for what the lead time counts from. 0 ..= [`MAX_LEAD_MINUTES`].
    pub lead_minutes: u32,
}

/// Lead times are at most 30 days.
pub const MAX_LEAD_MINUTES: u32 = 30 * 24 * 60;

/// A daily window in the user's zone in which non-urgent reminders wait. `start` after `end`
/// spans midnight (20:00–08:00).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QuietHours {
    /// "HH:MM"
    pub start: String,
    /// "HH:MM"
    pub end: String,
}

/// The reminder settings that are not per tandem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReminderSettings {
    /// Desktop notifications may name the tandem (its title, never the partner or notes).
    pub show_tandem_title: bool,
    /// `None` = no quiet hours. Default 20:00–08:00.
    pub quiet_hours: Option<QuietHours>,
    /// Closing the window keeps Eyelevel running in the tray so reminders still arrive.
    pub keep_running_in_tray: bool,
}

/// A partial update; an absent field is unchanged, `"quiet_hours": null` switches them off.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct ReminderSettingsPatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub show_tandem_title: Option<bool>,
    #[serde(
        default,
        deserialize_with = "crate::patch::present",
        skip_serializing_if = "Option::is_none"
    )]
    #[ts(optional)]
    pub quiet_hours: Option<Option<QuietHours>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub keep_running_in_tray: Option<bool>,
}

/// A reminder the planner found due (pure data; the shell turns it into a notification).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DueReminder {
    /// Dedup key: the same key never fires twice (e.g. "meeting_soon:<uid>:<starts_at>").
    pub key: String,
    pub kind: ReminderKind,
    #[ts(type = "number")]
    pub tandem_id: i64,
    pub tandem_title: String,
    #[ts(type = "number | null")]
    pub meeting_id: Option<i64>,
    #[ts(type = "number | null")]
    pub action_id: Option<i64>,
    /// What the reminder is about, UTC RFC 3339: the meeting's start (its end for Reflect),
    /// or 09:00 local on the due/review date.
    pub subject_at: String,
    /// When it is due, after quiet hours (UTC RFC 3339).
    pub due_at: String,
    /// Which nudge this is (Reflect: 1 or 2; others 1).
    pub nudge: u8,
}

/// What is due now and when the next thing falls due.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct ReminderPlan {
    /// Due now and not delivered yet, oldest first.
    pub due: Vec<DueReminder>,
    /// The earliest later due time (UTC RFC 3339), `None` when nothing is ahead.
    pub next_at: Option<String>,
}

/// How a delivered reminder reached the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryChannel {
    /// Claimed, not yet handed to the notification server.
    Pending,
    /// Shown as its own desktop notification.
    Notification,
    /// Part of a catch-up summary notification.
    Summary,
    /// Notifications could not be shown: only in the in-app inbox.
    Inbox,
}
wire_enum!(DeliveryChannel {
    Pending => "pending",
    Notification => "notification",
    Summary => "summary",
    Inbox => "inbox",
});

/// One reminder in the in-app inbox. The in-app view may name the tandem (it is the user's
/// own screen); notifications stay discreet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct InboxItem {
    #[ts(type = "number")]
    pub id: i64,
    pub kind: ReminderKind,
    #[ts(type = "number | null")]
    pub tandem_id: Option<i64>,
    /// The tandem's current title (`None` once the tandem is gone).
    pub tandem_title: Option<String>,
    #[ts(type = "number | null")]
    pub meeting_id: Option<i64>,
    #[ts(type = "number | null")]
    pub action_id: Option<i64>,
    /// The action item's title, for ActionDue while it exists.
    pub action_title: Option<String>,
    pub subject_at: String,
    pub due_at: String,
    pub delivered_at: String,
    pub channel: DeliveryChannel,
    pub read: bool,
    pub nudge: u8,
    /// The UI address to open, e.g. "#/meetings/12".
    pub route: String,
}

/// The inbox: the newest reminders first, and how many are unread.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct Inbox {
    pub items: Vec<InboxItem>,
    pub unread: u32,
}

/// Text for one desktop notification (already translated, already discreet).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Notice {
    pub summary: String,
    pub body: String,
    /// The UI address a click opens.
    pub route: String,
}

/// Whether desktop notifications can be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum NotifierState {
    /// Nothing was sent yet.
    #[default]
    Unknown,
    /// The last notification was shown.
    Available,
    /// The last notification could not be shown (no notification server, permission
    /// denied); reminders go to the in-app inbox.
    Unavailable,
}

/// What Settings → Reminders shows about delivery.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct ReminderStatus {
    pub notifications: NotifierState,
    /// Why notifications are unavailable, as the system said it (English, technical).
    pub reason: Option<String>,
    /// When the next reminder falls due (UTC RFC 3339), while unlocked.
    pub next_at: Option<String>,
    /// A tray icon is shown.
    pub tray: bool,
    /// Starts at login; `None` when the system cannot tell.
    pub autostart: Option<bool>,
}
