//! Typed user settings over the key-value `settings` table (its SQL is in [`store`]; the
//! reminder and calendar settings keep their own keys in the same table).

pub mod store;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::ctx::Ctx;
use crate::error::Result;
use crate::i18n::Language;

/// Colour scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

/// The user's settings.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct Settings {
    /// `None` = follow the OS language.
    pub language: Option<Language>,
    pub theme: Theme,
    /// The user ticked "I have saved it" for the current recovery code.
    pub recovery_code_confirmed: bool,
    /// IANA zone, e.g. "Europe/Berlin"; `None` = the OS zone.
    pub time_zone: Option<String>,
}

impl Settings {
    /// The zone the app uses: the setting, or the OS zone.
    pub fn zone(&self) -> chrono_tz::Tz {
        self.time_zone
            .as_deref()
            .and_then(|name| crate::time::parse_zone(name).ok())
            .unwrap_or_else(crate::time::os_zone)
    }

    /// The language the app speaks: the setting, or the OS language.
    pub fn language(&self) -> Language {
        self.language.unwrap_or_else(Language::from_os)
    }
}

/// A partial update: an absent field leaves the setting unchanged;
/// `"language": null` means "follow the OS".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct SettingsPatch {
    #[serde(
        default,
        deserialize_with = "crate::patch::present",
        skip_serializing_if = "Option::is_none"
    )]
    #[ts(optional)]
    pub language: Option<Option<Language>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub theme: Option<Theme>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub recovery_code_confirmed: Option<bool>,
    /// `"time_zone": null` means "follow the OS".
    #[serde(
        default,
        deserialize_with = "crate::patch::present",
        skip_serializing_if = "Option::is_none"
    )]
    #[ts(optional)]
    pub time_zone: Option<Option<String>>,
}

const LANGUAGE: &str = "language";
const THEME: &str = "theme";
const RECOVERY_CODE_CONFIRMED: &str = "recovery_code_confirmed";
const TIME_ZONE: &str = "time_zone";

/// Reads the settings; missing or unreadable values fall back to their defaults.
pub fn load(conn: &Connection) -> Result<Settings> {
    let mut settings = Settings::default();
    if let Some(v) = store::get(conn, LANGUAGE)? {
        settings.language = serde_json::from_str(&v).unwrap_or_default();
    }
    if let Some(v) = store::get(conn, THEME)? {
        settings.theme = serde_json::from_str(&v).unwrap_or_default();
    }
    if let Some(v) = store::get(conn, RECOVERY_CODE_CONFIRMED)? {
        settings.recovery_code_confirmed = serde_json::from_str(&v).unwrap_or_default();
    }
    if let Some(v) = store::get(conn, TIME_ZONE)? {
        let zone: Option<String> = serde_json::from_str(&v).unwrap_or_default();
        settings.time_zone = zone.filter(|z| crate::time::parse_zone(z).is_ok());
    }
    Ok(settings)
}

/// Applies `patch` in one transaction and returns the resulting settings.
pub fn update(cx: &Ctx, patch: &SettingsPatch) -> Result<Settings> {
    let tx = cx.begin()?;
    apply(&tx, patch)?;
    let settings = load(&tx)?;
    tx.commit()?;
    Ok(settings)
}

/// Writes the fields present in `patch` (the caller owns the transaction).
pub fn apply(cx: &Ctx, patch: &SettingsPatch) -> Result<()> {
    if let Some(language) = &patch.language {
        store::put(cx, LANGUAGE, &serde_json::to_string(language)?, cx.now)?;
    }
    if let Some(theme) = &patch.theme {
        store::put(cx, THEME, &serde_json::to_string(theme)?, cx.now)?;
    }
    if let Some(confirmed) = &patch.recovery_code_confirmed {
        store::put(
            cx,
            RECOVERY_CODE_CONFIRMED,
            &serde_json::to_string(confirmed)?,
            cx.now,
        )?;
    }
    if let Some(zone) = &patch.time_zone {
        let zone = match zone.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(z) => Some(crate::time::parse_zone(z)?.name().to_string()),
        };
        store::put(cx, TIME_ZONE, &serde_json::to_string(&zone)?, cx.now)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patch_distinguishes_null_from_absent() {
        let p: SettingsPatch = serde_json::from_str(r#"{"language": null}"#).unwrap();
        assert_eq!(p.language, Some(None));
        let p: SettingsPatch = serde_json::from_str(r#"{"language": "de"}"#).unwrap();
        assert_eq!(p.language, Some(Some(Language::De)));
        let p: SettingsPatch = serde_json::from_str(r#"{"theme": "dark"}"#).unwrap();
        assert_eq!(p.language, None);
        assert_eq!(p.theme, Some(Theme::Dark));
        let back = serde_json::to_string(&SettingsPatch {
            language: Some(None),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(back, r#"{"language":null}"#);
    }
}
