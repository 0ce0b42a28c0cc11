//! The text of an exported event's DESCRIPTION: the shared agenda (as much as the setting
//! allows) and the video link.
//!
//! Private items never appear: this module filters them itself, so no caller can leak one.
//! Notes, reflections and cancel reasons are not even passed in.

use crate::agenda::AgendaItem;
use crate::calendar::settings::AgendaDetail;
use crate::i18n::{words, Language, Words};

/// The description of a meeting with these agenda `items` (shared ones are used, in the
/// given order) and `video_link`; `None` when there is nothing to say. Lines are joined
/// with "\n" (escaping for the file happens later).
///
/// ```text
/// Agenda:
/// - Title (15 min)
///   prep note line        (WithPrepNotes only)
///   https://link          (WithPrepNotes only)
///
/// Video link: https://…
/// ```
pub fn description(
    items: &[AgendaItem],
    video_link: Option<&str>,
    detail: AgendaDetail,
    language: Language,
) -> Option<String> {
    let w = words(language);
    let mut lines: Vec<String> = Vec::new();
    let shared: Vec<&AgendaItem> = items.iter().filter(|i| i.shared).collect();
    if detail != AgendaDetail::None && !shared.is_empty() {
        lines.push(format!("{}:", w.common.agenda));
        for item in shared {
            lines.push(item_line(item, w));
            if detail == AgendaDetail::WithPrepNotes {
                push_notes(&mut lines, &item.prep_notes);
                for url in &item.links {
                    lines.push(format!("  {}", one_line(url)));
                }
            }
        }
    }
    if let Some(url) = video_link.map(str::trim).filter(|u| !u.is_empty()) {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.push(format!("{}: {}", w.common.video_link, one_line(url)));
    }
    (!lines.is_empty()).then(|| lines.join("\n"))
}

fn item_line(item: &AgendaItem, w: &Words) -> String {
    let title = one_line(&item.title);
    if item.minutes == 0 {
        format!("- {title}")
    } else {
        format!("- {title} ({} {})", item.minutes, w.dates.minutes)
    }
}

/// Prep notes, every line indented two spaces (blank ones too) so they read as part of
/// their item. Stored notes are trimmed, so there are no blank lines around them.
fn push_notes(lines: &mut Vec<String>, notes: &str) {
    if notes.trim().is_empty() {
        return;
    }
    // A lone CR would become a line break in the file (escaped as \n); count it as one here.
    let notes = notes.replace("\r\n", "\n").replace('\r', "\n");
    lines.extend(notes.split('\n').map(|line| format!("  {line}")));
}

/// A title or link must stay on its line, or it would break the list's shape.
fn one_line(text: &str) -> String {
    text.split(['\r', '\n'])
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(title: &str, minutes: u32, shared: bool) -> AgendaItem {
        AgendaItem {
            id: 1,
            meeting_id: 1,
            position: 0,
            title: title.into(),
            topic_id: None,
            minutes,
            prep_notes: "First line\r\n\r\n- Second line  ".into(),
            links: vec!["https://example.org/a".into()],
            shared,
            discussed: false,
            carried_from_meeting_id: None,
            carried_to_meeting_id: None,
            from_partner: false,
            created_at: String::new(),
            updated_at: String::new(),
        }
    }

    #[test]
    fn shapes() {
        let items = [item("Feedback", 15, true), item("Secret", 5, false)];
        let all = description(
            &items,
            Some("https://meet.example.com/x"),
            AgendaDetail::WithPrepNotes,
            Language::En,
        );
        assert_eq!(
            all.as_deref(),
            Some(
                "Agenda:\n- Feedback (15 min)\n  First line\n  \n  - Second line  \n  \
                 https://example.org/a\n\nVideo link: https://meet.example.com/x"
            )
        );
        let de = description(&items, None, AgendaDetail::Titles, Language::De);
        assert_eq!(de.as_deref(), Some("Agenda:\n- Feedback (15 Min.)"));
        let none = description(
            &items,
            Some("https://v.example"),
            AgendaDetail::None,
            Language::De,
        );
        assert_eq!(none.as_deref(), Some("Videolink: https://v.example"));
        let zero = [item("Open", 0, true)];
        let text = description(&zero, None, AgendaDetail::Titles, Language::En);
        assert_eq!(text.as_deref(), Some("Agenda:\n- Open"));
        assert_eq!(
            description(&items[1..], None, AgendaDetail::Titles, Language::En),
            None
        );
    }
}
