//! Pairing with the partner and exchanging the shared items. Files and folders come from
//! system dialogs opened here; the page never names a path.

use eyelevel_core::exchange::{self, Accepted, Invitation, PairingStatus, ReceiveReport, SentFile};
use eyelevel_core::i18n::words;
use eyelevel_core::{Error, Result};
use tauri::State;

use crate::dialogs::{OpenFile, SaveFile};
use crate::state::AppState;

/// Pairing codes are short texts; anything longer is not one.
const PAIRING_FILE_MAX: usize = 64 * 1024;

#[tauri::command(async)]
pub fn pairing_status(state: State<'_, AppState>, tandem_id: i64) -> Result<PairingStatus> {
    state.with_ctx(|cx| exchange::status(cx, tandem_id))
}

/// A new invitation (new keys; pairing again revokes the old ones).
#[tauri::command(async)]
pub fn create_invitation(
    state: State<'_, AppState>,
    tandem_id: i64,
    my_name: String,
) -> Result<Invitation> {
    state.with_ctx(|cx| exchange::invite(cx, tandem_id, &my_name))
}

/// Accepts a pasted invitation for tandem `tandem_id`, or (`null`) creates the tandem from it.
#[tauri::command(async)]
pub fn accept_invitation(
    state: State<'_, AppState>,
    text: String,
    tandem_id: Option<i64>,
    my_name: String,
) -> Result<Accepted> {
    let accepted = state.with_ctx(|cx| exchange::accept(cx, &text, tandem_id, &my_name))?;
    state.exchange_soon();
    Ok(accepted)
}

/// Imports the partner's pasted answer.
#[tauri::command(async)]
pub fn finish_pairing(state: State<'_, AppState>, text: String) -> Result<PairingStatus> {
    let status = state.with_ctx(|cx| {
        let tandem_id = exchange::finish(cx, &text)?;
        exchange::status(cx, tandem_id)
    })?;
    state.exchange_soon();
    Ok(status)
}

#[tauri::command(async)]
pub fn set_pairing_verified(
    state: State<'_, AppState>,
    tandem_id: i64,
    verified: bool,
) -> Result<PairingStatus> {
    state.with_ctx(|cx| exchange::set_verified(cx, tandem_id, verified))
}

#[tauri::command(async)]
pub fn unpair(state: State<'_, AppState>, tandem_id: i64) -> Result<PairingStatus> {
    state.with_ctx(|cx| exchange::unpair(cx, tandem_id))
}

/// Saves an invitation or answer as a text file; `None` when the user cancelled.
#[tauri::command(async)]
pub fn save_pairing_file(
    state: State<'_, AppState>,
    text: String,
    file_name: String,
) -> Result<Option<String>> {
    if !text.starts_with("eyelevel-invitation:") && !text.starts_with("eyelevel-answer:") {
        return Err(Error::InvalidInput(
            "only pairing codes are saved here".into(),
        ));
    }
    let words = &words(state.language()).dialogs;
    let dialog = SaveFile {
        title: words.save_pairing.to_string(),
        file_name,
        kind: words.pairing_code.to_string(),
        extension: "txt",
    };
    let Some(path) = state.dialogs().save_file(dialog) else {
        return Ok(None);
    };
    eyelevel_core::files::write_private(&path, format!("{text}\n").as_bytes(), "the pairing code")?;
    Ok(Some(path.display().to_string()))
}

/// Reads a pairing code (invitation or answer) from a file the user picks; `None` when the
/// user cancelled.
#[tauri::command(async)]
pub fn open_pairing_file(state: State<'_, AppState>) -> Result<Option<String>> {
    let words = &words(state.language()).dialogs;
    let dialog = OpenFile {
        title: words.open_pairing.to_string(),
        kind: words.pairing_code.to_string(),
        extension: "txt",
    };
    let Some((token, path)) = state.dialogs().open_file(&dialog) else {
        return Ok(None);
    };
    state.dialogs().forget(&token);
    let bytes =
        eyelevel_core::files::read_regular(&path, PAIRING_FILE_MAX, || Error::InvitationInvalid {
            reason: "the file is far too large to be a pairing code".into(),
        })?;
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| Error::InvitationInvalid {
            reason: "the file is not a text file".into(),
        })
}

/// Asks for the folder both partners sync and exchanges through it from now on; `None` when
/// the user cancelled.
#[tauri::command(async)]
pub fn choose_exchange_folder(
    state: State<'_, AppState>,
    tandem_id: i64,
) -> Result<Option<PairingStatus>> {
    let current = state.with_ctx(|cx| exchange::status(cx, tandem_id))?.folder;
    let title = words(state.language()).dialogs.exchange_folder;
    let Some(folder) = state
        .dialogs()
        .pick_folder(title, current.as_deref().map(std::path::Path::new))
    else {
        return Ok(None);
    };
    let status = state.with_ctx(|cx| exchange::set_folder(cx, tandem_id, Some(&folder)))?;
    state.exchange_soon();
    Ok(Some(status))
}

/// Stops exchanging through a folder (files by hand still work).
#[tauri::command(async)]
pub fn clear_exchange_folder(state: State<'_, AppState>, tandem_id: i64) -> Result<PairingStatus> {
    state.with_ctx(|cx| exchange::set_folder(cx, tandem_id, None))
}

/// Reads the folder and writes what changed, now.
#[tauri::command(async)]
pub fn exchange_now(state: State<'_, AppState>, tandem_id: i64) -> Result<ReceiveReport> {
    state.exchange_now(tandem_id)
}

/// "Send to partner…": saves a file for the partner where the user says; `None` when the
/// user cancelled.
#[tauri::command(async)]
pub fn send_exchange_file(
    state: State<'_, AppState>,
    tandem_id: i64,
    file_name: String,
) -> Result<Option<SentFile>> {
    let words = &words(state.language()).dialogs;
    let dialog = SaveFile {
        title: words.save_exchange.to_string(),
        file_name,
        kind: words.exchange_file.to_string(),
        extension: exchange::file::EXTENSION,
    };
    let Some(path) = state.dialogs().save_file(dialog) else {
        return Ok(None);
    };
    state
        .with_ctx(|cx| exchange::send_to_file(cx, tandem_id, &path))
        .map(Some)
}

/// "Import from partner…": reads a file the user picks; `None` when the user cancelled.
#[tauri::command(async)]
pub fn import_exchange_file(state: State<'_, AppState>) -> Result<Option<ReceiveReport>> {
    let words = &words(state.language()).dialogs;
    let dialog = OpenFile {
        title: words.open_exchange.to_string(),
        kind: words.exchange_file.to_string(),
        extension: exchange::file::EXTENSION,
    };
    let Some((token, path)) = state.dialogs().open_file(&dialog) else {
        return Ok(None);
    };
    state.dialogs().forget(&token);
    let report = state.with_ctx(|cx| exchange::receive_file(cx, &path, false))?;
    state.exchange_soon();
    Ok(Some(report))
}
