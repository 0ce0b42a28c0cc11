//! The TypeScript bindings in `ui/src/lib/bindings/` are generated from the Rust types here.
//!
//! `cargo test -p eyelevel-core bindings` fails when a file is stale;
//! `UPDATE_BINDINGS=1 cargo test -p eyelevel-core bindings` rewrites them.

use std::path::PathBuf;

use ts_rs::{Config, TS};

use crate::action::{ActionInput, ActionItem, Owner};
use crate::agenda::{AgendaItem, AgendaItemInput, AgendaTemplate, TemplateItem};
use crate::agreement::{Agreement, AgreementInput, AgreementState};
use crate::calendar::{
    AgendaDetail, CalendarSettings, CalendarSettingsPatch, ExportRequest, ExportScope,
    ExportSummary, FeedStatus, ImportAction, ImportNote, ImportOptions, ImportPreview,
    ImportResult, ImportRow,
};
use crate::doctor::DoctorReport;
use crate::error::{ErrorCode, ErrorPayload};
use crate::exchange::{
    Accepted, ChangeType, ExchangeProblem, Invitation, PairState, PairingStatus, ReceiveReport,
    ReceivedChange, ReplacedValue, SentFile, SharedKind,
};
use crate::files::PickedFile;
use crate::goal::{Goal, GoalInput, GoalNote, GoalStatus, GoalStatusChange};
use crate::i18n::Language;
use crate::journal::{
    DailyPrompt, JournalEntry, JournalEntryInput, JournalFilter, JournalItem, JournalKind,
    JournalPage, TagCount,
};
use crate::markdown::ExportFormat;
use crate::meeting::{EditScope, Meeting, MeetingInput, MeetingStatus, SeriesInput};
use crate::note::partner::PartnerNote;
use crate::note::MeetingNote;
use crate::page::meeting::MeetingDetail;
use crate::page::tandems::{TandemOverview, TandemSummary};
use crate::page::today::{NextMeeting, TodayView};
use crate::reflection::{
    PromptDraft, PromptKind, PromptSet, Reflection, ReflectionAnswer, ReflectionInput,
};
use crate::reminder::{
    DeliveryChannel, DueReminder, Inbox, InboxItem, Notice, NotifierState, QuietHours,
    ReminderKind, ReminderPlan, ReminderRule, ReminderSettings, ReminderSettingsPatch,
    ReminderStatus,
};
use crate::search::{SearchHit, SearchKind, SearchRequest, SearchResults, SnippetPart};
use crate::session::{
    AppPhase, AppStatus, ChangePassphraseRequest, SecurityInfo, SetupRequest, SetupResult,
    UnlockRequest,
};
use crate::settings::{Settings, SettingsPatch, Theme};
use crate::tandem::{Cadence, CadenceUnit, Role, Tandem, TandemInput, TandemStatus};
use crate::topic::{Topic, TopicInput};
use crate::vault::{KeySource, Protection};

type Render = fn(&Config) -> Result<String, ts_rs::ExportError>;

fn entry<T: TS + 'static>() -> (String, Render) {
    (T::ident(&Config::new()), T::export_to_string)
}

/// Every type that crosses the IPC boundary.
fn boundary_types() -> Vec<(String, Render)> {
    vec![
        entry::<ErrorCode>(),
        entry::<ErrorPayload>(),
        entry::<Protection>(),
        entry::<AppPhase>(),
        entry::<KeySource>(),
        entry::<Language>(),
        entry::<Theme>(),
        entry::<AppStatus>(),
        entry::<SetupRequest>(),
        entry::<SetupResult>(),
        entry::<UnlockRequest>(),
        entry::<Settings>(),
        entry::<SettingsPatch>(),
        entry::<SecurityInfo>(),
        entry::<ChangePassphraseRequest>(),
        entry::<DoctorReport>(),
        entry::<Role>(),
        entry::<TandemStatus>(),
        entry::<CadenceUnit>(),
        entry::<Cadence>(),
        entry::<TandemInput>(),
        entry::<Tandem>(),
        entry::<TandemSummary>(),
        entry::<TandemOverview>(),
        entry::<AgreementState>(),
        entry::<AgreementInput>(),
        entry::<Agreement>(),
        entry::<ExportFormat>(),
        entry::<GoalStatus>(),
        entry::<GoalInput>(),
        entry::<GoalStatusChange>(),
        entry::<GoalNote>(),
        entry::<Goal>(),
        entry::<TopicInput>(),
        entry::<Topic>(),
        entry::<MeetingStatus>(),
        entry::<EditScope>(),
        entry::<MeetingInput>(),
        entry::<SeriesInput>(),
        entry::<Meeting>(),
        entry::<MeetingDetail>(),
        entry::<AgendaItemInput>(),
        entry::<AgendaItem>(),
        entry::<TemplateItem>(),
        entry::<AgendaTemplate>(),
        entry::<Owner>(),
        entry::<ActionInput>(),
        entry::<ActionItem>(),
        entry::<NextMeeting>(),
        entry::<TodayView>(),
        entry::<MeetingNote>(),
        entry::<PromptKind>(),
        entry::<PromptDraft>(),
        entry::<PromptSet>(),
        entry::<ReflectionAnswer>(),
        entry::<ReflectionInput>(),
        entry::<Reflection>(),
        entry::<JournalEntryInput>(),
        entry::<JournalEntry>(),
        entry::<TagCount>(),
        entry::<DailyPrompt>(),
        entry::<JournalKind>(),
        entry::<JournalFilter>(),
        entry::<JournalItem>(),
        entry::<JournalPage>(),
        entry::<SearchKind>(),
        entry::<SearchRequest>(),
        entry::<SnippetPart>(),
        entry::<SearchHit>(),
        entry::<SearchResults>(),
        entry::<AgendaDetail>(),
        entry::<CalendarSettings>(),
        entry::<CalendarSettingsPatch>(),
        entry::<ExportScope>(),
        entry::<ExportRequest>(),
        entry::<ExportSummary>(),
        entry::<FeedStatus>(),
        entry::<ReminderKind>(),
        entry::<ReminderRule>(),
        entry::<QuietHours>(),
        entry::<ReminderSettings>(),
        entry::<ReminderSettingsPatch>(),
        entry::<DueReminder>(),
        entry::<ReminderPlan>(),
        entry::<DeliveryChannel>(),
        entry::<InboxItem>(),
        entry::<Inbox>(),
        entry::<Notice>(),
        entry::<NotifierState>(),
        entry::<ReminderStatus>(),
        entry::<ImportOptions>(),
        entry::<ImportAction>(),
        entry::<ImportNote>(),
        entry::<ImportRow>(),
        entry::<ImportPreview>(),
        entry::<ImportResult>(),
        entry::<PickedFile>(),
        entry::<PartnerNote>(),
        entry::<PairState>(),
        entry::<ExchangeProblem>(),
        entry::<SharedKind>(),
        entry::<ReplacedValue>(),
        entry::<PairingStatus>(),
        entry::<ChangeType>(),
        entry::<ReceivedChange>(),
        entry::<ReceiveReport>(),
        entry::<Invitation>(),
        entry::<Accepted>(),
        entry::<SentFile>(),
    ]
}

fn bindings_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/bindings")
}

/// All expected files: name → content.
fn expected() -> Vec<(String, String)> {
    let cfg = Config::new().with_large_int("number");
    let mut names: Vec<String> = Vec::new();
    let mut files: Vec<(String, String)> = Vec::new();
    for (name, render) in boundary_types() {
        let content = match render(&cfg) {
            Ok(c) => c,
            Err(e) => panic!("cannot render {name}: {e}"),
        };
        files.push((format!("{name}.ts"), content));
        names.push(name);
    }
    names.sort();
    let mut index = String::from(
        "// This file was generated from eyelevel-core (src/bindings.rs). Do not edit this file manually.\n",
    );
    for name in &names {
        index.push_str(&format!("export type {{ {name} }} from \"./{name}\";\n"));
    }
    files.push(("index.ts".to_string(), index));
    files.push(("errorCodes.ts".to_string(), error_codes()));
    files
}

/// The codes as a runtime list for the UI (`ErrorCode.ts` is only a type).
fn error_codes() -> String {
    let mut out = String::from(
        "// This file was generated from eyelevel-core (src/bindings.rs). Do not edit this file manually.\n\
         import type { ErrorCode } from \"./ErrorCode\";\n\n\
         /** Every code the backend can send, in declaration order. */\n\
         export const ERROR_CODES: readonly ErrorCode[] = [\n",
    );
    for code in ErrorCode::ALL {
        out.push_str(&format!("  \"{}\",\n", code.as_str()));
    }
    out.push_str("];\n");
    out
}

#[test]
fn bindings_match_generated_files() {
    let dir = bindings_dir();
    let update = std::env::var("UPDATE_BINDINGS").is_ok_and(|v| v == "1");
    let mut stale = Vec::new();
    for (file, content) in expected() {
        let path = dir.join(&file);
        let current = std::fs::read_to_string(&path).ok();
        if current.as_deref() == Some(content.as_str()) {
            continue;
        }
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, content).unwrap();
        } else {
            stale.push(file);
        }
    }
    assert!(
        stale.is_empty(),
        "stale TypeScript bindings in {}: {}\nrun `UPDATE_BINDINGS=1 cargo test -p eyelevel-core bindings` to regenerate",
        dir.display(),
        stale.join(", ")
    );
}
