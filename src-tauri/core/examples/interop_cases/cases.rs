//! The interop cases: what each exported file holds and why it is nasty for a parser.

use eyelevel_core::calendar::export::ExportScope;
use eyelevel_core::calendar::{AgendaDetail, CalendarSettings};
use eyelevel_core::i18n::Language;
use eyelevel_core::meeting::{self, EditScope, MeetingInput, SeriesInput};
use eyelevel_core::tandem::CadenceUnit;
use eyelevel_core::{note, Result};

use super::{date, exactly, utc, Style, World};

fn style(agenda_detail: AgendaDetail, alarm_minutes: Option<u32>, language: Language) -> Style {
    let settings = CalendarSettings {
        agenda_detail,
        alarm_minutes,
        feed_folder: None,
    };
    Style { settings, language }
}

fn tandem(tandem_id: i64) -> ExportScope {
    ExportScope::Tandem { tandem_id }
}

pub fn all(w: &mut World) -> Result<()> {
    let titles = style(AgendaDetail::Titles, Some(30), Language::En);
    let notes = style(AgendaDetail::WithPrepNotes, Some(10), Language::En);
    let german = style(AgendaDetail::WithPrepNotes, Some(60), Language::De);

    // Umlauts everywhere, German labels in the description.
    let t = w.tandem("Größere Übersicht: Äpfel, Öl & Füße – ÄÖÜäöüß")?;
    let m = w.meeting(t, "2027-01-12 10:00 60", "Büro „Süd“, Straße 5", None)?;
    w.item(
        m.id,
        "Überblick über Ängste & Öffnungszeiten",
        15,
        "Vorher klären: Größe",
        true,
    )?;
    w.item(m.id, "Rückblick: Größe, Maß; Fußweg", 0, "", true)?;
    w.export(
        "umlauts.ics",
        "umlauts, German labels",
        tandem(t),
        &german,
        &[],
    )?;

    // Emoji: ZWJ sequences, flags, skin tones, variation selectors, astral plane.
    let t = w.tandem("Kaffee ☕ mit 👩‍💻 und 👨‍👩‍👧‍👦 🇩🇪🇺🇦🇪🇺 🏳️‍🌈 🏴‍☠️ 👍🏽 ❤️‍🔥")?;
    let link = Some("https://meet.example.org/emoji");
    let m = w.meeting(t, "2027-01-13 09:30 45", "🏢 Lobby 🛋️", link)?;
    let prep = "Vorbereiten 📝:\n🇯🇵 Reise 👩🏽‍✈️\nFeedback 💬";
    w.item(m.id, "Ziele 🎯 für Q1 🧑🏾‍🤝‍🧑🏻", 20, prep, true)?;
    w.export(
        "emoji.ics",
        "emoji incl. ZWJ and flags",
        tandem(t),
        &notes,
        &[],
    )?;

    // 200 characters in title, place and agenda title: many folds, multi-byte at the fold.
    let t = w.tandem(&exactly(
        200,
        "Überlänge 🚀 Tandem-Titel mit Umlauten äöü, Kommas; 👩‍👩‍👧 ",
    ))?;
    let place = exactly(
        200,
        "Straße der Ökonomie 12, Hinterhaus; 3. OG – „Bürgersaal“ ",
    );
    let link = Some("https://meet.example.org/long");
    let m = w.meeting(t, "2027-01-14 14:00 90", &place, link)?;
    w.item(
        m.id,
        &exactly(200, "Sehr langer Agendapunkt 🧭 mit Äpfeln, Öl; "),
        30,
        "",
        true,
    )?;
    w.export(
        "long-title.ics",
        "200-character title and place",
        tandem(t),
        &titles,
        &[],
    )?;

    // TEXT escaping: commas, semicolons, backslashes, colons, quotes, a literal "\n".
    let t = w.tandem(r#"Plan; A, B \ C: "quoted" \n not a newline \\ double"#)?;
    let link = Some("https://meet.example.org/room?id=1,2;x=3&y=a%2Cb");
    let m = w.meeting(
        t,
        "2027-01-15 11:00 30",
        r"Raum 1, Etage 2; Haus \ Nord",
        link,
    )?;
    let prep = "C:\\Users\\lena\\plan.txt; see \\\\server\\share, point 3\nwith ; and , and \\";
    w.item(m.id, r"Budget; Kosten, Nutzen \ Risiko", 10, prep, true)?;
    w.export(
        "escaping.ics",
        "commas, semicolons, backslashes",
        tandem(t),
        &notes,
        &[],
    )?;

    // Multi-line prep notes with links, an item without minutes.
    let t = w.tandem("Prep notes over several lines")?;
    let link = Some("https://meet.example.org/prep");
    let m = w.meeting(t, "2027-01-18 16:00 60", "", link)?;
    let prep = "First line of the notes\n- a list item\n  - nested, indented\nLast line: done.";
    let item = w.item(m.id, "Career path", 25, prep, true)?;
    w.links(
        item,
        &["https://example.org/a", "https://example.org/b?q=1,2"],
    )?;
    w.item(m.id, "Open questions", 0, "Only one line", true)?;
    w.export(
        "prep-notes.ics",
        "multi-line prep notes, links",
        tandem(t),
        &notes,
        &[],
    )?;

    // A private item (title and prep notes) and meeting notes: none of it may leave.
    let t = w.tandem("Private things stay private")?;
    let m = w.meeting(t, "2027-01-19 08:00 60", "Café Central", None)?;
    w.item(m.id, "Shared: team feedback", 15, "shared prep", true)?;
    w.item(
        m.id,
        "Gehaltsverhandlung streng privat",
        20,
        "Ziel: 72k, nicht erzählen",
        false,
    )?;
    note::save(&w.cx(), m.id, "Vertrauliche Meeting-Notiz")?;
    let secrets = [
        "Gehaltsverhandlung streng privat",
        "Ziel: 72k",
        "Vertrauliche Meeting-Notiz",
    ];
    let about = "a private agenda item must be absent";
    w.export("private-item.ics", about, tandem(t), &notes, &secrets)?;

    // Nothing to describe: no agenda shown, no link, no place (no DESCRIPTION/LOCATION/URL).
    let t = w.tandem("Bare meeting")?;
    let m = w.meeting(t, "2027-01-20 12:00 15", "", None)?;
    w.item(m.id, "hidden by the setting", 5, "", true)?;
    let link = Some("https://meet.example.org/only-link");
    w.meeting(t, "2027-01-21 12:00 480", "Somewhere", link)?;
    let bare = style(AgendaDetail::None, None, Language::En);
    w.export(
        "bare.ics",
        "no agenda, no alarm, empty fields",
        tandem(t),
        &bare,
        &[],
    )?;

    dst(w)?;

    // Cancelled: STATUS:CANCELLED, no alarm, the reason stays inside.
    let t = w.tandem("Cancelled meeting")?;
    let m = w.meeting(t, "2027-02-02 10:00 60", "Room 4", None)?;
    w.item(m.id, "Would have been discussed", 10, "", true)?;
    let reason = "Krankheit, vertraulich";
    meeting::cancel(&w.cx(), m.id, Some(reason), EditScope::ThisOnly)?;
    // Next to it a held one (marked early): still CONFIRMED, with its alarm.
    let held = w.meeting(t, "2027-02-09 10:00 60", "Room 4", None)?;
    meeting::set_held(&w.cx(), held.id, true)?;
    w.export(
        "cancelled.ics",
        "cancelled meeting next to a held one",
        tandem(t),
        &titles,
        &[reason],
    )?;

    // Changed: v1, then moved and a shared item added → v2 with the same UID.
    let t = w.tandem("Changed meeting")?;
    let m = w.meeting(t, "2027-02-03 10:00 60", "Room 5", None)?;
    let one = ExportScope::Meeting { meeting_id: m.id };
    w.export(
        "changed-v1.ics",
        "changed meeting, before",
        one,
        &titles,
        &[],
    )?;
    let input = MeetingInput {
        date: date("2027-02-05"),
        time: "15:30".into(),
        duration_minutes: 45,
        place: "Room 6".into(),
        video_link: None,
    };
    let (_tz, _now) = (w.tz, w.now);
    meeting::update(&w.cx(), m.id, &input, EditScope::ThisOnly)?;
    w.item(m.id, "Added after the move", 5, "", true)?;
    w.export(
        "changed-v2.ics",
        "changed meeting, after",
        one,
        &titles,
        &[],
    )?;

    // Everything upcoming of every tandem in one file.
    let secrets = [secrets.as_slice(), &[reason]].concat();
    w.export(
        "all.ics",
        "every upcoming meeting",
        ExportScope::All,
        &german,
        &secrets,
    )
}

/// Meetings on both sides of Europe/Berlin's 2027 switches (28 March 02:00 → 03:00, 31
/// October 03:00 → 02:00), one spanning each switch, the repeated hour, and a weekly series
/// across the March switch. Every UTC instant is written out here by hand.
fn dst(w: &mut World) -> Result<()> {
    let s = style(AgendaDetail::Titles, Some(15), Language::En);
    let t = w.tandem("DST März")?;
    for row in [
        "2027-03-27 10:00 60  2027-03-27T09:00:00Z 2027-03-27T10:00:00Z",
        "2027-03-28 01:30 120 2027-03-28T00:30:00Z 2027-03-28T02:30:00Z",
        "2027-03-28 10:00 60  2027-03-28T08:00:00Z 2027-03-28T09:00:00Z",
        "2027-03-29 10:00 60  2027-03-29T08:00:00Z 2027-03-29T09:00:00Z",
    ] {
        w.dst_meeting(t, row)?;
    }
    w.export(
        "dst-march.ics",
        "both sides of the March switch",
        tandem(t),
        &s,
        &[],
    )?;

    let t = w.tandem("DST Oktober")?;
    for row in [
        "2027-10-30 10:00 60  2027-10-30T08:00:00Z 2027-10-30T09:00:00Z",
        "2027-10-31 01:30 120 2027-10-30T23:30:00Z 2027-10-31T01:30:00Z",
        // 02:30 happens twice that night; the app takes the earlier one (still CEST).
        "2027-10-31 02:30 30  2027-10-31T00:30:00Z 2027-10-31T01:00:00Z",
        "2027-10-31 10:00 60  2027-10-31T09:00:00Z 2027-10-31T10:00:00Z",
        "2027-11-01 10:00 60  2027-11-01T09:00:00Z 2027-11-01T10:00:00Z",
    ] {
        w.dst_meeting(t, row)?;
    }
    w.export(
        "dst-october.ics",
        "both sides of the October switch",
        tandem(t),
        &s,
        &[],
    )?;

    let t = w.tandem("DST series")?;
    let series = SeriesInput {
        first_date: date("2027-03-14"),
        time: "10:00".into(),
        duration_minutes: 60,
        place: "Weekly room".into(),
        video_link: None,
        every: 1,
        unit: CadenceUnit::Week,
        until: date("2027-04-04"),
    };
    let (_tz, _now) = (w.tz, w.now);
    let planned = meeting::plan_series(&w.cx(), t, &series)?;
    let starts: Vec<String> = planned.iter().map(|m| utc(&m.starts_at)).collect();
    let want = [
        "2027-03-14T09",
        "2027-03-21T09",
        "2027-03-28T08",
        "2027-04-04T08",
    ];
    let want: Vec<String> = want.iter().map(|h| format!("{h}:00:00Z")).collect();
    assert_eq!(
        starts, want,
        "the series keeps 10:00 local across the switch"
    );
    // The occurrence on the switch day is cancelled: the series export still carries it.
    let day = planned[2].id;
    meeting::cancel(&w.cx(), day, None, EditScope::ThisOnly)?;
    let from = ExportScope::SeriesFrom {
        meeting_id: planned[1].id,
    };
    w.export(
        "dst-series.ics",
        "series from its 2nd meeting, one cancelled",
        from,
        &s,
        &[],
    )
}
