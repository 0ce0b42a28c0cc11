//! The tray's "next meeting" line, in the user's language and zone.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use eyelevel_core::ctx::Ctx;
use eyelevel_core::i18n::{words, Language};
use eyelevel_core::page::today;
use eyelevel_core::Result;

/// "Next meeting: Wed 26 Nov, 10:00" (with " · title" when allowed), or that none is planned.
pub fn next_meeting_label(cx: &Ctx, show_title: bool) -> Result<Option<String>> {
    let language = cx.language;
    let w = &words(language).tray;
    let view = today::view(cx)?;
    let Some(next) = view.next_meetings.first() else {
        return Ok(Some(w.no_meeting.to_string()));
    };
    let Ok(starts_at) = DateTime::parse_from_rfc3339(&next.meeting.starts_at) else {
        return Ok(None);
    };
    let when = when(starts_at.with_timezone(&Utc), cx.zone, language);
    let mut label = (w.next_meeting)(&when);
    if show_title {
        label.push_str(" · ");
        label.push_str(&next.tandem_title);
    }
    Ok(Some(label))
}

fn when(at: DateTime<Utc>, zone: Tz, language: Language) -> String {
    (words(language).dates.short_date_time)(at.with_timezone(&zone).naive_local())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn formats_the_meeting_time_in_the_users_zone_and_language() {
        let at = Utc.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap();
        assert_eq!(
            when(at, chrono_tz::Europe::Berlin, Language::En),
            "Thu 26 Nov, 10:00"
        );
        assert_eq!(
            when(at, chrono_tz::Europe::Berlin, Language::De),
            "Do 26.11., 10:00"
        );
        assert_eq!(
            when(at, chrono_tz::America::New_York, Language::En),
            "Thu 26 Nov, 04:00"
        );
    }
}
